package org.ouraviewer.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.List;
import org.ouraviewer.model.OuraKind;

/**
 * What makes two documents the same record (DATA.md): the {@code id}; without one, heart rate by
 * (timestamp, source, bpm), daily kinds by day, sleep by bedtime_start, tag by timestamp, workout by
 * (start_datetime, activity); anything else by its whole content. Keys are 64 bits: heart-rate rows
 * are packed exactly (top bit clear), everything else is a 64-bit hash of the key text (top bit set),
 * whose chance of a collision over millions of records is below one in a million.
 */
final class RecordKeys {
    private static final List<String> HEART_RATE_SOURCES = List.of("awake", "rest", "sleep", "session", "live",
            "workout");

    private RecordKeys() {
    }

    /** @param kind the file's kind, or null when unknown (then only {@code id} or the content count) */
    static long key(OuraKind kind, JsonNode doc) {
        JsonNode id = doc.get("id");
        if (id != null && !id.isNull() && !id.asText().isEmpty()) {
            return hash("id\u0000" + id.asText());
        }
        if (kind == OuraKind.HEARTRATE) {
            long packed = packHeartRate(doc);
            if (packed >= 0) {
                return packed;
            }
        }
        String natural = kind == null ? null : naturalKey(kind, doc);
        return hash(natural != null ? natural : "doc\u0000" + doc);
    }

    private static String naturalKey(OuraKind kind, JsonNode doc) {
        return switch (kind) {
            case HEARTRATE -> fields(doc, "timestamp", "source", "bpm");
            case SLEEP -> fields(doc, "bedtime_start");
            case TAG -> fields(doc, "timestamp");
            case WORKOUT -> fields(doc, "start_datetime", "activity");
            default -> kind.isDaily() ? fields(doc, "day") : null;
        };
    }

    /** The fields' text joined, or null when one is missing. */
    private static String fields(JsonNode doc, String... names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            JsonNode v = doc.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            sb.append(name).append('\u0000').append(v.asText()).append('\u0000');
        }
        return sb.toString();
    }

    /** Epoch second (35 bits), bpm (10 bits), source (3 bits); -1 when the row does not fit. */
    private static long packHeartRate(JsonNode doc) {
        JsonNode ts = doc.get("timestamp");
        JsonNode bpm = doc.get("bpm");
        JsonNode source = doc.get("source");
        if (ts == null || !ts.isTextual() || bpm == null || !bpm.canConvertToExactIntegral() || source == null) {
            return -1;
        }
        int sourceIndex = HEART_RATE_SOURCES.indexOf(source.asText());
        int beats = bpm.asInt();
        try {
            OffsetDateTime time = OffsetDateTime.parse(ts.asText());
            long second = time.toEpochSecond();
            if (sourceIndex < 0 || beats < 0 || beats >= 1024 || second < 0 || second >= 1L << 35
                    || time.getNano() != 0) {
                return -1;
            }
            return (second << 13) | ((long) beats << 3) | sourceIndex;
        } catch (DateTimeException e) {
            return -1;
        }
    }

    /** FNV-1a over the UTF-16 text, 64 bits, with the top bit set to keep it apart from packed keys. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h | Long.MIN_VALUE;
    }
}
