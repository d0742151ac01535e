package org.ouraviewer.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ouraviewer.io.csv.ApiCsvFormat;
import org.ouraviewer.io.csv.TextHead;
import org.ouraviewer.io.csv.TrendsCsvFormat;
import org.ouraviewer.io.json.JsonFormat;
import org.ouraviewer.io.record.FileFormat;
import org.ouraviewer.io.record.KindRecognizer;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.UnreadableFile;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.SourceRank;

/**
 * The formats the viewer reads, and the one way a file is read: its format chosen from its name and first
 * characters, its records collected, its report written. The loader, the folder and zip walker, the Open
 * dialog's filter and the drop hint all take from here.
 */
public final class FileFormats {
    /** Tried in this order; the first that accepts a file reads it. */
    public static final List<FileFormat> ALL = List.of(new JsonFormat(), new TrendsCsvFormat(), ApiCsvFormat.hub(),
            ApiCsvFormat.web(), ApiCsvFormat.plain());
    /** File name endings read inside folders and zips (other files there are skipped silently). */
    public static final List<String> EXTENSIONS = ALL.stream().flatMap(f -> f.extensions().stream()).distinct().toList();
    /** The endings of everything that can be opened, archives included, for the Open dialog's filter. */
    public static final List<String> OPEN_EXTENSIONS = openExtensions();
    /** What can be opened, in the words users know, for the welcome pane, the drop hint and the README. */
    public static final List<String> WHAT_OPENS = List.of(
            "the Oura export ZIP from your membership page (or its App Data folder)",
            "files saved from Oura on the Web (JSON or CSV) and the Trends CSV",
            "Open Humans downloads (oura-v2 JSON, oura-data.json) and saved API responses");

    private FileFormats() {
    }

    /** What reading one file gave: its report, and its records (none when nothing could be read). */
    public record Result(FileReport report, List<RecordBatch> batches) {
        public Result {
            batches = List.copyOf(batches);
        }
    }

    /** A format in the words of the load report: "Oura export CSV" rather than {@code hub-csv}. */
    public static String label(String formatId) {
        return ALL.stream().filter(f -> f.id().equals(formatId)).map(FileFormat::label).findFirst().orElse("");
    }

    /** The readable endings and {@code zip}, in lower and upper case (file choosers match case on Linux). */
    private static List<String> openExtensions() {
        List<String> lower = new java.util.ArrayList<>(EXTENSIONS);
        lower.add("zip");
        List<String> all = new java.util.ArrayList<>(lower);
        lower.forEach(e -> all.add(e.toUpperCase(Locale.ROOT)));
        return List.copyOf(all);
    }

    /** Whether a file found in a folder or zip is one to read, by its name. */
    public static boolean isReadableName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    /** Reads one file of any format. Never throws: what cannot be read becomes the report's sentence. */
    public static Result read(InputSource source) {
        String name = source.fileName();
        FileFormat format = null;
        RecordSink sink = new RecordSink(SourceRank.V2_DOCUMENT);
        String error = null;
        try (InputStream raw = source.open(); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            String head = TextHead.read(in);
            format = choose(name, head);
            String notText = format == null ? TextHead.whyNotText(head) : null;
            if (notText != null) {
                throw new UnreadableFile(notText);
            } else if (format == null) {
                sink.ignore();
            } else {
                sink = new RecordSink(format.rank(name));
                format.read(name, in, sink);
            }
        } catch (UnreadableFile e) {
            error = e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            error = IoMessages.describe(e);
        } catch (OutOfMemoryError e) {
            error = "too large to load in the memory available";
        } catch (RuntimeException e) {
            error = "could not be read (" + IoMessages.describe(e) + ")";
        }
        List<RecordBatch> batches = sink.build();
        Map<String, Integer> kinds = kinds(batches);
        int records = kinds.values().stream().mapToInt(Integer::intValue).sum();
        String kind = kinds.size() == 1 ? kinds.keySet().iterator().next() : kinds.size() > 1 ? "mixed"
                : error == null && format != null ? nameKind(name) : null;
        String formatId = format != null ? format.id() : isCsv(name) ? "csv" : null;
        return new Result(new FileReport(source.displayPath(), formatId, kind, kinds, records, sink.skipped(),
                sink.warning(), error, sink.ignored() && error == null && records == 0), batches);
    }

    /** An empty list says nothing of its kind: its name does ({@code oura-v2-tag.json} of a user without tags). */
    private static String nameKind(String name) {
        return KindRecognizer.isV1FileName(name) ? "v1" : KindRecognizer.fromName(name).map(OuraKind::route).orElse(null);
    }

    /** The first format that accepts the file; by its name when none does (a .json reports why it is not JSON). */
    private static FileFormat choose(String name, String head) {
        for (FileFormat f : ALL) {
            if (f.accepts(name, head)) {
                return f;
            }
        }
        return isCsv(name) ? null : ALL.get(0);
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Records per kind, V1 records counted together under {@code v1}, in a stable order. */
    private static Map<String, Integer> kinds(List<RecordBatch> batches) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (RecordBatch b : batches) {
            for (Map.Entry<OuraKind, Integer> e : b.countsByKind().entrySet()) {
                kinds.merge(b.rank() == SourceRank.V1 ? "v1" : e.getKey().route(), e.getValue(), Integer::sum);
            }
        }
        return new LinkedHashMap<>(kinds);
    }
}
