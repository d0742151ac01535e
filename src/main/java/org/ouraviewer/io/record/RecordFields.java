package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.model.SampleSeries;

/**
 * Typed access to the fields of one record, the same for every format. Absent and {@code null} fields read
 * as null. Text that is unambiguously a number, a day or a time is read as one (CSV cells are all text;
 * spreadsheets write days as {@code 7/11/2024}); anything else of the wrong type is an error naming the
 * field, and the record is skipped. A number out of its range ({@link FieldRanges}) is left out alone: it
 * reads as null and is counted in {@link #leftOut}, unless it places the record ({@link #requireNumber}).
 */
public final class RecordFields {
    private final JsonNode node;
    private final ZoneOffset defaultOffset;
    private final LeftOutValues leftOut;

    public RecordFields(JsonNode node) {
        this(node, null, new LeftOutValues());
    }

    private RecordFields(JsonNode node, ZoneOffset defaultOffset, LeftOutValues leftOut) {
        this.node = node;
        this.defaultOffset = defaultOffset != null ? defaultOffset : timezoneOf(node);
        this.leftOut = leftOut;
    }

    /** The values this record's reading left out as impossible so far. */
    public LeftOutValues leftOut() {
        return leftOut;
    }

    public JsonNode node() {
        return node;
    }

    /** The fields of an object inside this record; its times without an offset take this record's. */
    public RecordFields child(String field) {
        return new RecordFields(node.path(field), defaultOffset, leftOut);
    }

    public boolean has(String field) {
        return value(field) != null;
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    public String text(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new RecordException(field + " should be text");
        }
        return v.asText();
    }

    /** A number, or null when absent or impossible (then counted in {@link #leftOut}). */
    public Double number(String field) {
        Double d = unchecked(field);
        if (d == null) {
            return null;
        }
        try {
            return FieldRanges.check(field, d);
        } catch (RecordException e) {
            leftOut.add(e.getMessage());
            return null;
        }
    }

    /** A number that places the record (a heart-rate row's bpm): absent or impossible, it fails the record. */
    public double requireNumber(String field) {
        Double d = unchecked(field);
        if (d == null) {
            throw new RecordException(field + " is missing");
        }
        return FieldRanges.check(field, d);
    }

    private Double unchecked(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return CellText.number(v.asText(), field);
        }
        throw new RecordException(field + " should be a number");
    }

    public Integer integer(String field) {
        Double d = number(field);
        if (d == null) {
            return null;
        }
        if (Math.abs(d) > Integer.MAX_VALUE) {
            leftOut.add(field + " is too large");
            return null;
        }
        return (int) Math.round(d);
    }

    public LocalDate date(String field) {
        String s = text(field);
        return s == null ? null : FieldRanges.checkDay(field, CellText.day(s, field));
    }

    public LocalDate requireDate(String field) {
        LocalDate d = date(field);
        if (d == null) {
            throw new RecordException(field + " is missing");
        }
        return d;
    }

    public OffsetDateTime dateTime(String field) {
        String s = text(field);
        return s == null ? null : FieldRanges.checkTime(field, TimestampParser.parse(field, s, defaultOffset));
    }

    /** A time that means UTC when it has no offset of its own (heart-rate rows are UTC). */
    public OffsetDateTime dateTimeOrUtc(String field) {
        String s = text(field);
        return s == null ? null : FieldRanges.checkTime(field, TimestampParser.parse(field, s,
                defaultOffset != null ? defaultOffset : ZoneOffset.UTC));
    }

    public OffsetDateTime requireDateTime(String field) {
        OffsetDateTime t = dateTime(field);
        if (t == null) {
            throw new RecordException(field + " is missing");
        }
        return t;
    }

    /**
     * A V2 sample series {@code {interval, items, timestamp}}; null items become gaps. A series that cannot be
     * placed (no or an impossible interval, no start) is left out alone, as null.
     */
    public SampleSeries series(String field, OffsetDateTime fallbackStart) {
        JsonNode v = value(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw new RecordException(field + " should be an object with interval, items and timestamp");
        }
        RecordFields s = child(field);
        Double interval = s.unchecked("interval");
        OffsetDateTime start = s.dateTime("timestamp");
        if (start == null) {
            start = fallbackStart;
        }
        if (interval == null || start == null) {
            leftOut.add(field + "." + (interval == null ? "interval" : "timestamp") + " is missing");
            return null;
        }
        try {
            FieldRanges.check("interval", interval);
        } catch (RecordException e) {
            leftOut.add(field + "." + e.getMessage());
            return null;
        }
        return new SampleSeries(start, interval, s.floats("items", false, field));
    }

    /**
     * A list of numbers; {@code null} is a gap (NaN), and so is 0 where {@code zeroIsGap} (V1's encoding).
     * An item out of the range of the series {@code name} becomes a gap too, and is counted in {@link #leftOut}.
     */
    public float[] floats(String field, boolean zeroIsGap, String name) {
        JsonNode v = value(field);
        if (v == null) {
            return new float[0];
        }
        float[] items = FloatItems.of(v);
        if (items != null) {
            items = items.clone();
        } else if (v.isArray()) {
            items = new float[v.size()];
            for (int i = 0; i < items.length; i++) {
                JsonNode item = v.get(i);
                if (item.isNull()) {
                    items[i] = Float.NaN;
                } else if (item.isNumber()) {
                    items[i] = item.floatValue();
                } else {
                    throw new RecordException(name + " item " + i + " should be a number or null");
                }
            }
        } else {
            throw new RecordException(name + " should be a list of numbers");
        }
        FieldRanges.Range range = FieldRanges.seriesRange(name);
        for (int i = 0; i < items.length; i++) {
            if (zeroIsGap && items[i] == 0f) {
                items[i] = Float.NaN;
            }
            try {
                FieldRanges.checkSeriesItem(name, range, i, items[i]);
            } catch (RecordException e) {
                items[i] = Float.NaN;
                leftOut.add(e.getMessage());
            }
        }
        return items;
    }

    public List<String> strings(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return List.of();
        }
        if (v.isTextual()) {
            return CellText.list(v.asText());
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

    /** An object of 0–100 numbers such as {@code contributors}; null and impossible members are left out. */
    public Map<String, Integer> integers(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new RecordException(field + " should be an object");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            JsonNode m = e.getValue();
            if (m.isNull()) {
                continue;
            }
            if (!m.isNumber() && !m.isTextual()) {
                throw new RecordException(field + "." + e.getKey() + " should be a number");
            }
            double d = m.isNumber() ? m.doubleValue() : CellText.number(m.asText(), field + "." + e.getKey());
            try {
                out.put(e.getKey(), (int) Math.round(FieldRanges.checkContributor(field + "." + e.getKey(), d)));
            } catch (RecordException impossible) {
                leftOut.add(impossible.getMessage());
            }
        }
        return out;
    }

    /** The offset of a record's {@code timezone} (minutes east of UTC, as Oura on the Web writes it), if any. */
    private static ZoneOffset timezoneOf(JsonNode node) {
        JsonNode tz = node.get("timezone");
        if (tz == null || !(tz.isNumber() || tz.isTextual())) {
            return null;
        }
        try {
            double minutes = tz.isNumber() ? tz.doubleValue() : Double.parseDouble(tz.asText().strip());
            return Math.abs(minutes) <= 18 * 60 ? ZoneOffset.ofTotalSeconds((int) Math.round(minutes) * 60) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
