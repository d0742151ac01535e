package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.text.Problems;

/** {@code summary PATH... [--json]}: what was found, per file and per kind. */
final class SummaryCommand {
    private SummaryCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of());
        LoadResult result = Reports.load(a.paths(0), err);
        if (a.has("--json")) {
            writeJson(result, out);
        } else {
            writeText(result, out);
        }
        return Reports.exitCode(result);
    }

    private static void writeJson(LoadResult result, PrintStream out) throws IOException {
        OuraData data = result.data();
        try (JsonOutput json = new JsonOutput(out)) {
            var g = json.gen();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (FileReport f : result.files()) {
                g.writeStartObject();
                json.string("path", f.path());
                json.string("format", f.format());
                json.string("kind", f.kind());
                g.writeObjectFieldStart("kinds");
                for (Map.Entry<String, Integer> k : f.kinds().entrySet()) {
                    json.number(k.getKey(), k.getValue());
                }
                g.writeEndObject();
                json.number("records", f.records());
                json.number("skipped", f.skipped());
                json.string("warning", f.warning());
                json.string("error", f.error());
                if (f.ignored()) {
                    g.writeBooleanField("ignored", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("records");
            for (Map.Entry<OuraKind, Integer> e : data.recordCounts().entrySet()) {
                json.number(e.getKey().route(), e.getValue());
            }
            g.writeEndObject();
            json.string("first_day", data.firstDay().orElse(null));
            json.string("last_day", data.lastDay().orElse(null));
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeText(LoadResult result, PrintStream out) {
        OuraData data = result.data();
        long failed = result.failedCount();
        out.printf("%s read, %s.%n", count(result.files().size(), "file"),
                failed == 0 ? "all readable" : failed + " could not be read");
        for (FileReport f : result.files()) {
            if (f.ignored()) {
                out.printf("  %s: not used (no Oura data the viewer shows)%n", Problems.printable(f.path()));
                continue;
            }
            String read = (f.format() == null ? "" : f.format() + ", ")
                    + (f.kind() == null ? "no records" : f.kind() + ", " + count(f.records(), "record"))
                    + (f.skipped() > 0 ? ", " + count(f.skipped(), "record") + " skipped (" + f.warning() + ")"
                    : f.warning() != null ? " (" + f.warning() + ")" : "");
            if (f.failed()) {
                out.printf("  %s: %s%s%n", Problems.printable(f.path()), f.records() > 0 ? read + "; then " : "could not be read: ",
                        f.error());
            } else {
                out.printf("  %s: %s%n", Problems.printable(f.path()), read);
            }
        }
        if (data.recordCounts().isEmpty()) {
            out.println("No Oura records found.");
            return;
        }
        out.println("Records (without duplicates):");
        data.recordCounts().forEach((kind, n) -> out.printf("  %-26s %,d%n", kind.route(), n));
        data.firstDay().ifPresent(first -> out.printf("Days: %s to %s (%s with data)%n", first,
                data.lastDay().orElseThrow(), count(data.days().size(), "day")));
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
