package org.ouraviewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.model.SampleSeries;

/**
 * Typed, strict access to the fields of one record. Absent and {@code null} fields read as null; a field
 * of the wrong type is an error naming the field, so a broken file never loads half-wrong numbers.
 */
final class RecordFields {
    private final JsonNode node;

    RecordFields(JsonNode node) {
        this.node = node;
    }

    JsonNode node() {
        return node;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    String text(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new RecordException(field + " should be text");
        }
        return v.asText();
    }

    Double number(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw new RecordException(field + " should be a number");
        }
        return v.doubleValue();
    }

    Integer integer(String field) {
        Double d = number(field);
        return d == null ? null : (int) Math.round(d);
    }

    LocalDate date(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new RecordException(field + " is not a date (YYYY-MM-DD): \"" + clip(s) + "\"");
        }
    }

    LocalDate requireDate(String field) {
        LocalDate d = date(field);
        if (d == null) {
            throw new RecordException(field + " is missing");
        }
        return d;
    }

    OffsetDateTime dateTime(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw new RecordException(field + " is not a date and time with an offset: \"" + clip(s) + "\"");
        }
    }

    OffsetDateTime requireDateTime(String field) {
        OffsetDateTime t = dateTime(field);
        if (t == null) {
            throw new RecordException(field + " is missing");
        }
        return t;
    }

    /** A V2 sample series {@code {interval, items, timestamp}}; null items become gaps. */
    SampleSeries series(String field, OffsetDateTime fallbackStart) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw new RecordException(field + " should be an object with interval, items and timestamp");
        }
        RecordFields s = new RecordFields(v);
        Double interval = s.number("interval");
        if (interval == null || !(interval > 0)) {
            throw new RecordException(field + ".interval should be a positive number");
        }
        OffsetDateTime start = s.dateTime("timestamp");
        if (start == null) {
            start = fallbackStart;
        }
        if (start == null) {
            throw new RecordException(field + ".timestamp is missing");
        }
        return new SampleSeries(start, interval, s.floats("items", false, field + ".items"));
    }

    /**
     * A list of numbers; {@code null} is a gap (NaN), and so is 0 where {@code zeroIsGap} (V1's encoding).
     */
    float[] floats(String field, boolean zeroIsGap, String name) {
        JsonNode v = value(field);
        if (v == null) {
            return new float[0];
        }
        float[] items = RecordTreeReader.floatItems(v);
        if (items != null) {
            if (zeroIsGap) {
                items = items.clone();
                for (int i = 0; i < items.length; i++) {
                    if (items[i] == 0f) {
                        items[i] = Float.NaN;
                    }
                }
            }
            return items;
        }
        if (!v.isArray()) {
            throw new RecordException(name + " should be a list of numbers");
        }
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode item = v.get(i);
            if (item.isNull()) {
                out[i] = Float.NaN;
            } else if (item.isNumber()) {
                float f = item.floatValue();
                out[i] = zeroIsGap && f == 0f ? Float.NaN : f;
            } else {
                throw new RecordException(name + "[" + i + "] should be a number or null");
            }
        }
        return out;
    }

    List<String> strings(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new RecordException(field + " should be a list of text");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new RecordException(field + " should be a list of text");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** An object of numbers such as {@code contributors}; null members are left out. */
    Map<String, Integer> integers(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new RecordException(field + " should be an object");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), (int) Math.round(e.getValue().doubleValue()));
            } else if (!e.getValue().isNull()) {
                throw new RecordException(field + "." + e.getKey() + " should be a number");
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
