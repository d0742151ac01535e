package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes API documents the way Oura's CSV exports write them, for tests and the benchmark: the Membership
 * Hub export ({@code ;}-delimited, nested objects as unquoted JSON in a cell, CRLF, optionally a BOM) and
 * Oura on the Web ({@code ,}-delimited, nested fields flattened, 5-minute series as {@code ;}-joined text
 * with {@code None}). Independent of the readers: it writes what DATA.md describes, field by field.
 */
public final class ExportCsv {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportCsv() {
    }

    /** The documents of a JSON array or API envelope. */
    public static List<JsonNode> documents(Path json) throws IOException {
        JsonNode root = JSON.readTree(json.toFile());
        JsonNode list = root.isArray() ? root : root.path("data");
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    /** A Membership Hub CSV of {@code docs}: the API's field names as the header, one document a row. */
    public static void hub(List<JsonNode> docs, Writer out, boolean bom) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        docs.forEach(d -> d.fieldNames().forEachRemaining(columns::add));
        if (bom) {
            out.write('\uFEFF');
        }
        out.write(String.join(";", columns));
        out.write("\r\n");
        for (JsonNode d : docs) {
            StringJoiner row = new StringJoiner(";");
            for (String c : columns) {
                JsonNode v = d.get(c);
                row.add(v == null || v.isNull() ? "" : v.isContainerNode() ? JSON.writeValueAsString(v) : v.asText());
            }
            out.write(row.toString());
            out.write("\r\n");
        }
    }

    /** Heart-rate rows as the Hub writes them, {@code timestamp;bpm;source}, without building trees. */
    public static void hubHeartRate(Iterable<String[]> rows, Writer out) throws IOException {
        out.write("timestamp;bpm;source\r\n");
        for (String[] r : rows) {
            out.write(r[0]);
            out.write(';');
            out.write(r[1]);
            out.write(';');
            out.write(r[2]);
            out.write("\r\n");
        }
    }

    /** An Oura on the Web CSV of sleep periods: flattened, series as text, {@code timezone} in minutes. */
    public static void webSleep(List<JsonNode> docs, Writer out) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode d : docs) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            d.fields().forEachRemaining(e -> flatten("", e.getKey(), e.getValue(), row));
            String start = d.path("bedtime_start").asText();
            row.put("timezone", String.valueOf(java.time.OffsetDateTime.parse(start).getOffset().getTotalSeconds() / 60));
            row.remove("id");
            rows.add(row);
            columns.addAll(row.keySet());
        }
        out.write(String.join(",", columns));
        out.write("\n");
        for (Map<String, String> row : rows) {
            StringJoiner line = new StringJoiner(",");
            for (String c : columns) {
                String v = row.getOrDefault(c, "");
                line.add(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            out.write(line.toString());
            out.write("\n");
        }
    }

    private static void flatten(String prefix, String name, JsonNode v, Map<String, String> row) {
        if ((name.equals("heart_rate") || name.equals("hrv")) && prefix.isEmpty() && v.isObject()) {
            StringJoiner items = new StringJoiner(";");
            v.path("items").forEach(i -> items.add(i.isNull() ? "None" : i.asText()));
            row.put(name + "_5_min", items.toString());
        } else if (v.isObject()) {
            v.fields().forEachRemaining(e -> flatten(prefix + name + "_", e.getKey(), e.getValue(), row));
        } else if (!v.isArray()) {
            row.put(prefix + name, v.isNull() ? "" : v.asText());
        }
    }
}
