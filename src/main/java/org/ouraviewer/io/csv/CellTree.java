package org.ouraviewer.io.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ouraviewer.io.json.JsonText;
import org.ouraviewer.io.record.FloatItems;

/**
 * Turns a CSV row of API field names back into the document it was made from, so that it goes through
 * the same record mapping as JSON. Cells stay text (the mapping reads numbers and days from text), except:
 * <ul>
 * <li>empty cells, {@code None}, {@code null} and {@code NaN} are absent;</li>
 * <li>a cell holding a JSON object or list (the Membership Hub export writes nested objects unquoted in
 * a cell; pandas writes them as Python text) becomes that object;</li>
 * <li>flattened names go back where they came from ({@code contributors_deep_sleep},
 * {@code readiness_contributors_hrv_balance}, {@code readiness_score});</li>
 * <li>Oura on the Web's 5-minute series ({@code heart_rate_5_min = "None;None;60;55"}) become sample
 * series starting at the period's bedtime.</li>
 * </ul>
 */
final class CellTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ABSENT = Set.of("", "none", "null", "nan", "n/a", "na");
    /** Flattened prefixes, longest first: the column name's rest goes inside the object they name. */
    private static final List<String[]> PREFIXES = List.of(
            new String[] {"readiness_contributors_", "readiness", "contributors"},
            new String[] {"contributors_", "contributors"},
            new String[] {"readiness_", "readiness"});
    private static final Pattern SERIES_5_MIN = Pattern.compile("(heart_rate|hrv)_5_min");

    private final List<String> names;
    /** Per column: where its value goes (one or more object names, then the field); null for a repeated name. */
    private final List<String[]> paths = new ArrayList<>();

    /** A column whose name came before is not read: the first of a name is ({@link CsvHeader#duplicates}). */
    CellTree(List<String> names) {
        this.names = names;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            paths.add(seen.add(n) ? path(n) : null);
        }
    }

    private static String[] path(String name) {
        var series = SERIES_5_MIN.matcher(name);
        if (series.matches()) {
            return new String[] {series.group(1)};
        }
        for (String[] p : PREFIXES) {
            if (name.startsWith(p[0]) && name.length() > p[0].length()) {
                String[] path = new String[p.length];
                System.arraycopy(p, 1, path, 0, p.length - 1);
                path[p.length - 1] = name.substring(p[0].length());
                return path;
            }
        }
        return new String[] {name};
    }

    /** The header as a document with every column present: enough to recognise the kind from the fields. */
    JsonNode headerShape() {
        ObjectNode o = NODES.objectNode();
        for (String[] path : paths) {
            if (path != null) {
                put(o, path, NODES.textNode("?"));
            }
        }
        return o;
    }

    /** The document of the current row. */
    ObjectNode row(CsvRows rows) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < names.size() && i < rows.count(); i++) {
            String[] path = paths.get(i);
            String cell = rows.cell(i);
            if (path == null || isAbsent(cell)) {
                continue;
            }
            if (path.length == 1 && !path[0].equals(names.get(i))) {
                put(o, path, series(cell));
            } else {
                put(o, path, value(cell));
            }
        }
        return o;
    }

    /** Empty, {@code None}, {@code null}, {@code NaN}…: the longest of them has 4 letters, most cells more. */
    static boolean isAbsent(String cell) {
        return cell.length() <= 6 && ABSENT.contains(cell.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonNode value(String cell) {
        String s = cell.strip();
        if (s.startsWith("{") || s.startsWith("[")) {
            JsonNode parsed = JsonText.parseLenient(s);
            if (parsed != null) {
                return parsed;
            }
        }
        return NODES.textNode(s);
    }

    /** {@code None;None;60;55}: a 5-minute series from the period's bedtime (which the mapping supplies). */
    private static JsonNode series(String cell) {
        String[] parts = cell.split("[;,]", -1);
        float[] items = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            try {
                items[i] = isAbsent(p) ? Float.NaN : Float.parseFloat(p);
            } catch (NumberFormatException e) {
                items[i] = Float.POSITIVE_INFINITY; // not a number: the record's checks refuse it
            }
        }
        ObjectNode s = NODES.objectNode();
        s.put("interval", 300);
        s.set("items", NODES.pojoNode(new FloatItems(items)));
        return s;
    }

    private static void put(ObjectNode o, String[] path, JsonNode value) {
        ObjectNode parent = o;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            if (!(child instanceof ObjectNode)) {
                child = NODES.objectNode();
                parent.set(path[i], child);
            }
            parent = (ObjectNode) child;
        }
        parent.set(path[path.length - 1], value);
    }
}
