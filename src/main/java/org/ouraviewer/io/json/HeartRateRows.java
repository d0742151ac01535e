package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Supplier;
import org.ouraviewer.io.record.RecordException;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.TimestampParser;
import org.ouraviewer.model.HeartRateSource;

/**
 * The hot path of every load: heart-rate rows ({@code {"bpm": 61, "source": "awake", "timestamp": "…"}})
 * streamed from the parser into the sink's primitive arrays. Years of heart rate are millions of rows, so a row
 * costs no tree, no String and no location object: the timestamp and source are read from Jackson's character
 * buffer, and where a row is is asked only when it is skipped. {@code bench/heart-rate-rows.sh} times it.
 */
final class HeartRateRows {
    private final JsonParser p;
    private final RecordSink sink;
    private final TimestampParser timestamps = new TimestampParser();

    HeartRateRows(JsonParser parser, RecordSink sink) {
        this.p = parser;
        this.sink = sink;
    }

    /**
     * Reads one row, the parser on its START_OBJECT, into the sink; a row without a time or bpm, or with a value
     * of the wrong type, is skipped and counted there.
     *
     * @param where where the row is, asked only when it is skipped
     */
    void row(Supplier<String> where) throws IOException {
        long time = Long.MIN_VALUE;
        double bpm = Double.NaN;
        HeartRateSource source = HeartRateSource.UNKNOWN;
        String problem = null;
        String field;
        while ((field = p.nextFieldName()) != null) { // Jackson's fast path for known names
            JsonToken v = p.nextToken();
            try {
                switch (field) {
                    case "bpm" -> bpm = bpm(v);
                    case "timestamp" -> {
                        if (v != JsonToken.VALUE_STRING) {
                            throw new RecordException("timestamp should be text");
                        }
                        time = timestamps.epochSecond(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    }
                    case "timestamp_unix" -> {
                        if (time == Long.MIN_VALUE && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT)) {
                            time = TimestampParser.epochSecondOfUnix(RecordTreeReader.doubleValue(p));
                        }
                    }
                    case "source" -> source = v == JsonToken.VALUE_STRING ? HeartRateSource.fromCode(
                            p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : HeartRateSource.UNKNOWN;
                    default -> p.skipChildren();
                }
            } catch (RecordException e) {
                problem = problem == null ? e.getMessage() : problem;
                p.skipChildren();
            }
        }
        if (problem == null && time == Long.MIN_VALUE) {
            problem = "timestamp is missing";
        }
        if (problem == null && Double.isNaN(bpm)) {
            problem = "bpm is missing";
        }
        if (problem != null) {
            sink.skip(where.get(), problem);
        } else {
            sink.addHeartRate(time, bpm, source, where);
        }
    }

    private double bpm(JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
            return RecordTreeReader.doubleValue(p);
        }
        if (v == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        throw new RecordException("bpm should be a number");
    }
}
