package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;

/** Hand-written Oura documents, saved as oura-v2-<kind>.json files and loaded the way the app loads them. */
public final class Fixture {
    private final Path dir;
    private final Map<String, List<String>> documents = new LinkedHashMap<>();
    private int ids;

    public Fixture(Path dir) {
        this.dir = dir;
    }

    private Fixture add(String kind, String json) {
        documents.computeIfAbsent(kind, k -> new ArrayList<>()).add(json);
        return this;
    }

    /** A sleep period; {@code extra} is more fields, each written {@code ,"name":value}. */
    public Fixture period(String day, String type, String start, String end, String extra) {
        return add("sleep", "{\"id\":\"p" + ids++ + "\",\"day\":\"" + day + "\",\"type\":\"" + type
                + "\",\"bedtime_start\":\"" + start + "\",\"bedtime_end\":\"" + end + "\"" + extra + "}");
    }

    public Fixture dailySleep(String day, int score) {
        return add("daily_sleep", "{\"id\":\"ds" + ids++ + "\",\"day\":\"" + day + "\",\"score\":" + score
                + ",\"contributors\":{\"deep_sleep\":80}}");
    }

    public Fixture readiness(String day, int score, double temperatureDeviation) {
        return add("daily_readiness", "{\"id\":\"r" + ids++ + "\",\"day\":\"" + day + "\",\"score\":" + score
                + ",\"temperature_deviation\":" + temperatureDeviation + ",\"contributors\":{\"hrv_balance\":80}}");
    }

    public Fixture activity(String day, int score, int steps) {
        return add("daily_activity", "{\"id\":\"a" + ids++ + "\",\"day\":\"" + day + "\",\"score\":" + score
                + ",\"steps\":" + steps + ",\"timestamp\":\"" + day + "T04:00:00+01:00\"}");
    }

    public Fixture spo2(String day, double average) {
        return add("daily_spo2", "{\"id\":\"o" + ids++ + "\",\"day\":\"" + day + "\",\"spo2_percentage\":{\"average\":"
                + average + "},\"breathing_disturbance_index\":3}");
    }

    public Fixture stress(String day, int high) {
        return add("daily_stress", "{\"id\":\"st" + ids++ + "\",\"day\":\"" + day + "\",\"stress_high\":" + high
                + ",\"recovery_high\":3600,\"day_summary\":\"normal\"}");
    }

    /** A deprecated {@code tag} document with these codes. */
    public Fixture tag(String day, String... codes) {
        StringBuilder list = new StringBuilder();
        for (String c : codes) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(c).append('"');
        }
        return add("tag", "{\"id\":\"t" + ids++ + "\",\"day\":\"" + day + "\",\"timestamp\":\"" + day
                + "T21:" + String.format("%02d", ids % 60) + ":00+01:00\",\"text\":null,\"tags\":[" + list + "]}");
    }

    /** An {@code enhanced_tag}; {@code code} null for a comment-only tag. */
    public Fixture enhancedTag(String startDay, String code, String customName) {
        return add("enhanced_tag", "{\"id\":\"e" + ids++ + "\",\"tag_type_code\":" + quoted(code) + ",\"start_time\":\""
                + startDay + "T20:" + String.format("%02d", ids % 60) + ":00+01:00\",\"end_time\":null,\"start_day\":\""
                + startDay + "\",\"end_day\":null,\"comment\":\"\",\"custom_name\":" + quoted(customName) + "}");
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    /** Writes the files into the folder and returns it. */
    public Path write() {
        try {
            for (Map.Entry<String, List<String>> e : documents.entrySet()) {
                Files.writeString(dir.resolve("oura-v2-" + e.getKey() + ".json"), "[" + String.join(",\n", e.getValue())
                        + "]");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes the files and loads them; none may fail. */
    public OuraData load() {
        LoadResult r = DataLoader.load(List.of(write()));
        assertEquals(0, r.failedCount(), r.files()::toString);
        return r.data();
    }

    /** A 5-minute series from {@code start}: {@code ,"heart_rate":{...}} with these items (null for a gap). */
    public static String series(String field, String start, Double... items) {
        StringBuilder list = new StringBuilder();
        for (Double v : items) {
            list.append(list.length() == 0 ? "" : ",").append(v == null ? "null" : v.toString());
        }
        return ",\"" + field + "\":{\"interval\":300.0,\"items\":[" + list + "],\"timestamp\":\"" + start + "\"}";
    }
}
