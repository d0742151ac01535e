package org.ouraviewer.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.ouraviewer.io.record.KindRecognizer;
import org.ouraviewer.io.record.RecordKind;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.FileFormat;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SourceRank;

/**
 * CSVs whose columns are the API's field names, one record per row: the Membership Hub export
 * ({@code hub-csv}: {@code ;}-delimited, nested objects as JSON in a cell), Oura on the Web's export
 * ({@code web-csv}: comma-delimited, nested fields flattened, 5-minute series as {@code ;}-joined text), and
 * any other such CSV ({@code csv}: scripts, pandas dumps). The three differ in how they are recognised and
 * how they rank; rows are read the same way ({@link CellTree}) and the kind comes from the columns.
 */
public final class ApiCsvFormat implements FileFormat {
    /** Oura on the Web names its downloads {@code oura_<category>_<YYYY-MM-DDTHH-MM-SS>.csv}. */
    private static final Pattern WEB_NAME = Pattern.compile("(?i).*oura_(sleep|daily-[a-z0-9-]+|heart-rate|[a-z-]+)_\\d{4}-\\d{2}-\\d{2}t.*");
    /** Columns no API document has, only Oura on the Web's flattened export. */
    private static final List<String> WEB_COLUMNS = List.of("heart_rate_5_min", "hrv_5_min", "timezone",
            "segment_state", "bedtime_start_delta");

    /** A CSV of API records has at least one of these: every document has a day or a time. */
    private static final Set<String> KEY_COLUMNS = Set.of("day", "timestamp", "id", "bedtime_start",
            "summary_date", "start_day", "start_datetime");

    /**
     * The Membership Hub export's names since mid-2026: {@code dailysleep_2024-01-01_2024-12-31.csv}, a
     * kind split over date ranges ({@code sleep_…} = sleepmodel, {@code tag_…} = enhancedtag).
     */
    private static final Pattern HUB_RANGE_NAME = Pattern.compile("(?i)[a-z0-9_]+_\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.csv");
    /** The export's own one-word names (any case: {@code DailySleep.CSV}); API route names have underscores. */
    private static final Set<String> HUB_NAMES = Set.of("dailysleep", "dailyreadiness", "dailyactivity", "sleepmodel",
            "enhancedtag", "dailyspo2", "dailystress", "dailyresilience", "sleeptime", "restmodeperiod",
            "ringbatterylevel", "dailyvo2maxestimate", "workoutheartratesession", "bloodglucose", "daytimestress",
            "dailycardiovascularage");

    private final String id;
    private final String label;
    private final SourceRank rank;
    private final BiPredicate<String, CsvHeader> accepts;

    private ApiCsvFormat(String id, String label, SourceRank rank, BiPredicate<String, CsvHeader> accepts) {
        this.id = id;
        this.label = label;
        this.rank = rank;
        this.accepts = accepts;
    }

    /**
     * The Membership Hub export: the only Oura CSV separated by semicolons, and since mid-2026
     * comma-separated files named as the export names them.
     */
    public static ApiCsvFormat hub() {
        return new ApiCsvFormat("hub-csv", "Oura export CSV", SourceRank.V2_DOCUMENT,
                (name, h) -> h.separator() == ';' || isHubName(name));
    }

    /** Oura on the Web: its file names, or its flattened columns. */
    public static ApiCsvFormat web() {
        return new ApiCsvFormat("web-csv", "Oura on the Web CSV", SourceRank.WEB_EXPORT, (name, h) -> h.separator() != ';'
                && (WEB_NAME.matcher(name).matches() || h.hasPrefix("contributors_")
                || WEB_COLUMNS.stream().anyMatch(h::has)));
    }

    /** Any other CSV of API field names. */
    public static ApiCsvFormat plain() {
        return new ApiCsvFormat("csv", "CSV", SourceRank.V2_DOCUMENT, (name, h) -> true);
    }

    static boolean isHubName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return HUB_RANGE_NAME.matcher(fileName).matches()
                || lower.endsWith(".csv") && HUB_NAMES.contains(lower.substring(0, lower.length() - 4));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public SourceRank rank(String fileName) {
        return rank;
    }

    @Override
    public boolean accepts(String fileName, String head) {
        CsvHeader h = CsvHeader.of(head);
        return h != null && h.names().size() > 1 && h.names().stream().anyMatch(KEY_COLUMNS::contains)
                && accepts.test(fileName, h);
    }

    @Override
    public void read(String fileName, InputStream in, RecordSink sink) throws IOException {
        try (CsvRows rows = CsvRows.of(in)) {
            readRows(fileName, rows, sink);
        }
    }

    private void readRows(String fileName, CsvRows rows, RecordSink sink) throws IOException {
        CellTree tree = new CellTree(rows.header());
        for (String twice : CsvHeader.duplicates(rows.header())) {
            sink.warn("the column \"" + twice + "\" appears more than once: the first one is read");
        }
        SpreadsheetDays days = new SpreadsheetDays(rows.header());
        Optional<OuraKind> hint = KindRecognizer.fromName(fileName);
        Optional<RecordKind> kind = KindRecognizer.recognize(tree.headerShape(), hint);
        if (kind.isEmpty() && nextFitting(rows, sink)) {
            kind = KindRecognizer.recognize(tree.row(rows), hint);
            if (kind.isEmpty()) {
                sink.ignore(); // the export's meals, consent or app state: recognised, not used
                return;
            }
            JsonNode first = tree.row(rows);
            days.check(rows, sink);
            sink.add(kind.get(), first, rows::where);
        } else if (kind.isEmpty()) {
            sink.ignore();
            return;
        }
        RecordKind k = kind.get();
        if (k.kind() == OuraKind.HEARTRATE && !k.v1()) {
            new HeartRateColumns(rows.header()).readAll(rows, sink);
            return;
        }
        while (nextFitting(rows, sink)) {
            days.check(rows, sink);
            sink.add(k, tree.row(rows), rows::where);
        }
    }

    /** The next row whose cells fit the header; a row with cells past it is skipped alone, with its line. */
    private static boolean nextFitting(CsvRows rows, RecordSink sink) throws IOException {
        while (rows.next()) {
            if (!rows.overflows()) {
                return true;
            }
            sink.skip(rows.where(), rows.overflowReason());
        }
        return false;
    }
}
