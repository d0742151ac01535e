package org.ouraviewer.io.csv;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ouraviewer.io.record.FileFormat;
import org.ouraviewer.io.record.RecordKind;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SourceRank;

/**
 * The Trends CSV (cloud.ouraring.com ▸ Trends ▸ Download data): one row per day, Title Case columns, in
 * either header generation and any subset or order of columns. Each row gives that day's daily_sleep,
 * daily_readiness and daily_activity scores and its night's totals (a sleep period without a hypnogram,
 * which never hides a night that has one). Missing values are empty or {@code None}.
 */
public final class TrendsCsvFormat implements FileFormat {
    private static final Set<String> ABSENT = Set.of("", "none", "null", "nan");

    /** A column's place in the documents a row becomes: the document's kind, then the path inside it. */
    private record Target(OuraKind kind, String... path) {
    }

    /** Columns by their squeezed name ({@link CsvHeader#squeeze}): both generations' spellings. */
    private static final Map<String, Target> COLUMNS = Map.ofEntries(
            Map.entry("sleepscore", new Target(OuraKind.DAILY_SLEEP, "score")),
            Map.entry("totalsleepscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "total_sleep")),
            Map.entry("remsleepscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "rem_sleep")),
            Map.entry("deepsleepscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "deep_sleep")),
            Map.entry("sleepefficiencyscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "efficiency")),
            Map.entry("restfulnessscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "restfulness")),
            Map.entry("sleeptranquilityscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "restfulness")),
            Map.entry("sleeplatencyscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "latency")),
            Map.entry("sleeptiminscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "timing")),
            Map.entry("sleeptimingscore", new Target(OuraKind.DAILY_SLEEP, "contributors", "timing")),
            Map.entry("totalsleepduration", new Target(OuraKind.SLEEP, "total_sleep_duration")),
            Map.entry("totalbedtime", new Target(OuraKind.SLEEP, "time_in_bed")),
            Map.entry("awaketime", new Target(OuraKind.SLEEP, "awake_time")),
            Map.entry("remsleepduration", new Target(OuraKind.SLEEP, "rem_sleep_duration")),
            Map.entry("lightsleepduration", new Target(OuraKind.SLEEP, "light_sleep_duration")),
            Map.entry("deepsleepduration", new Target(OuraKind.SLEEP, "deep_sleep_duration")),
            Map.entry("sleepefficiency", new Target(OuraKind.SLEEP, "efficiency")),
            Map.entry("sleeplatency", new Target(OuraKind.SLEEP, "latency")),
            Map.entry("bedtimestart", new Target(OuraKind.SLEEP, "bedtime_start")),
            Map.entry("bedtimeend", new Target(OuraKind.SLEEP, "bedtime_end")),
            Map.entry("averagerestingheartrate", new Target(OuraKind.SLEEP, "average_heart_rate")),
            Map.entry("lowestrestingheartrate", new Target(OuraKind.SLEEP, "lowest_heart_rate")),
            Map.entry("averagehrv", new Target(OuraKind.SLEEP, "average_hrv")),
            Map.entry("respiratoryrate", new Target(OuraKind.SLEEP, "average_breath")),
            Map.entry("temperaturedeviationc", new Target(OuraKind.DAILY_READINESS, "temperature_deviation")),
            Map.entry("temperaturedeviation", new Target(OuraKind.DAILY_READINESS, "temperature_deviation")),
            Map.entry("temperaturetrenddeviation", new Target(OuraKind.DAILY_READINESS, "temperature_trend_deviation")),
            Map.entry("readinessscore", new Target(OuraKind.DAILY_READINESS, "score")),
            Map.entry("previousnightscore", new Target(OuraKind.DAILY_READINESS, "contributors", "previous_night")),
            Map.entry("sleepbalancescore", new Target(OuraKind.DAILY_READINESS, "contributors", "sleep_balance")),
            Map.entry("previousdayactivityscore", new Target(OuraKind.DAILY_READINESS, "contributors",
                    "previous_day_activity")),
            Map.entry("activitybalancescore", new Target(OuraKind.DAILY_READINESS, "contributors", "activity_balance")),
            Map.entry("temperaturescore", new Target(OuraKind.DAILY_READINESS, "contributors", "body_temperature")),
            Map.entry("restingheartratescore", new Target(OuraKind.DAILY_READINESS, "contributors",
                    "resting_heart_rate")),
            Map.entry("hrvbalancescore", new Target(OuraKind.DAILY_READINESS, "contributors", "hrv_balance")),
            Map.entry("recoveryindexscore", new Target(OuraKind.DAILY_READINESS, "contributors", "recovery_index")),
            Map.entry("activityscore", new Target(OuraKind.DAILY_ACTIVITY, "score")),
            Map.entry("steps", new Target(OuraKind.DAILY_ACTIVITY, "steps")),
            Map.entry("activityburn", new Target(OuraKind.DAILY_ACTIVITY, "active_calories")),
            Map.entry("totalburn", new Target(OuraKind.DAILY_ACTIVITY, "total_calories")));
    private static final List<OuraKind> DOCUMENTS = List.of(OuraKind.DAILY_SLEEP, OuraKind.DAILY_READINESS,
            OuraKind.DAILY_ACTIVITY, OuraKind.SLEEP);

    @Override
    public String id() {
        return "trends-csv";
    }

    @Override
    public String label() {
        return "Trends CSV";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public SourceRank rank(String fileName) {
        return SourceRank.TRENDS_CSV;
    }

    /** A first column {@code date} and at least one Title Case column of the Trends download. */
    @Override
    public boolean accepts(String fileName, String head) {
        CsvHeader h = CsvHeader.of(head);
        return h != null && h.names().stream().anyMatch(n -> n.equalsIgnoreCase("date"))
                && h.names().stream().anyMatch(n -> !n.equals(n.toLowerCase(Locale.ROOT))
                && COLUMNS.containsKey(CsvHeader.squeeze(n)));
    }

    @Override
    public void read(String fileName, InputStream in, RecordSink sink) throws IOException {
        try (CsvRows rows = CsvRows.of(in)) {
            Target[] targets = targets(rows.header());
            int date = indexOfDate(rows.header());
            SpreadsheetDays days = new SpreadsheetDays(rows.header());
            while (rows.next()) {
                days.check(rows, sink);
                readRow(rows, targets, date, sink);
            }
        }
    }

    /**
     * What each column fills. The 2020 header has no timing score column but two {@code Sleep Timing}
     * columns: the first (among the scores) is the timing score, the second the midpoint in seconds.
     */
    private static Target[] targets(List<String> header) {
        Target[] targets = new Target[header.size()];
        boolean timingScore = header.stream().map(CsvHeader::squeeze)
                .anyMatch(n -> n.equals("sleeptiminscore") || n.equals("sleeptimingscore"));
        List<Integer> timing = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            String n = CsvHeader.squeeze(header.get(i));
            targets[i] = COLUMNS.get(n);
            if (n.equals("sleeptiming")) {
                timing.add(i);
            }
        }
        if (!timingScore && timing.size() == 2) {
            targets[timing.get(0)] = COLUMNS.get("sleeptimingscore");
        }
        return targets;
    }

    private static int indexOfDate(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase("date")) {
                return i;
            }
        }
        return -1;
    }

    private static void readRow(CsvRows rows, Target[] targets, int date, RecordSink sink) {
        String day = rows.cell(date).strip();
        if (day.isEmpty()) {
            sink.skip(rows.where(), "date is missing");
            return;
        }
        java.util.Map<OuraKind, ObjectNode> docs = new java.util.EnumMap<>(OuraKind.class);
        for (int i = 0; i < targets.length && i < rows.count(); i++) {
            String cell = rows.cell(i).strip();
            if (targets[i] == null || ABSENT.contains(cell.toLowerCase(Locale.ROOT))) {
                continue;
            }
            ObjectNode doc = docs.computeIfAbsent(targets[i].kind(), k -> JsonNodeFactory.instance.objectNode());
            ObjectNode parent = doc;
            String[] path = targets[i].path();
            for (int p = 0; p < path.length - 1; p++) {
                parent = parent.has(path[p]) ? (ObjectNode) parent.get(path[p]) : parent.putObject(path[p]);
            }
            parent.put(path[path.length - 1], cell);
        }
        for (OuraKind kind : DOCUMENTS) {
            ObjectNode doc = docs.get(kind);
            if (doc == null || kind == OuraKind.SLEEP && !(doc.has("bedtime_start") && doc.has("bedtime_end"))) {
                continue; // a night needs its times: totals alone cannot be placed on the clock
            }
            doc.put("day", day);
            if (kind == OuraKind.SLEEP) {
                doc.put("type", "long_sleep");
            }
            sink.add(RecordKind.v2(kind), doc, rows::where);
        }
    }
}
