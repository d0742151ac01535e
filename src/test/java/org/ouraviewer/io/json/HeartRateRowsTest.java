package org.ouraviewer.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.model.HeartRateSamples;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SourceRank;

/** The heart-rate hot path on its own: rows of a JSON list read straight into the sink. */
class HeartRateRowsTest {
    private final RecordSink sink = new RecordSink(SourceRank.V2_DOCUMENT);

    /** Reads the list's rows the way the record walk does, numbering them from 1. */
    private HeartRateSamples read(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            HeartRateRows rows = new HeartRateRows(p, sink);
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            int index = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int n = ++index;
                rows.row(() -> "row " + n);
            }
        }
        return OuraData.merge(sink.build()).heartRate();
    }

    @Test
    void readsTimeBpmAndSourceWhateverTheFieldOrderAndSkipsOtherFields() throws IOException {
        HeartRateSamples hr = read("""
                [{"bpm": 61, "source": "awake", "timestamp": "2024-03-05T08:00:00+00:00"},
                 {"timestamp": "2024-03-05T10:00:00.000+01:00", "extra": {"nested": [1, {"x": 2}]}, "source": "rest",
                  "bpm": 58.0},
                 {"source": "workout", "bpm": 151, "timestamp_unix": 1709632860000},
                 {"bpm": 70, "timestamp": "2024-03-05T09:30:00Z", "source": "something new"}]
                """);
        assertEquals(4, hr.size());
        assertEquals(0, sink.skipped());
        assertEquals(Instant.parse("2024-03-05T08:00:00Z"), hr.time(0));
        assertEquals(61, hr.bpm(0));
        assertEquals(HeartRateSource.AWAKE, hr.source(0));
        assertEquals(Instant.parse("2024-03-05T09:00:00Z"), hr.time(1), "the offset is applied");
        assertEquals(HeartRateSource.REST, hr.source(1));
        assertEquals(Instant.parse("2024-03-05T09:30:00Z"), hr.time(2));
        assertEquals(HeartRateSource.UNKNOWN, hr.source(2), "an unknown source is kept as unknown");
        assertEquals(Instant.ofEpochSecond(1709632860L), hr.time(3), "timestamp_unix in milliseconds");
        assertEquals(151, hr.bpm(3));
    }

    @Test
    void aRowWithoutTimeOrBpmOrWithWrongTypesIsSkippedAloneWithTheFirstReason() throws IOException {
        HeartRateSamples hr = read("""
                [{"bpm": 61, "source": "awake"},
                 {"source": "awake", "timestamp": "2024-03-05T08:00:00+00:00"},
                 {"bpm": null, "timestamp": "2024-03-05T08:01:00+00:00"},
                 {"bpm": "sixty", "timestamp": "2024-03-05T08:02:00+00:00"},
                 {"bpm": 60, "timestamp": 12345},
                 {"bpm": 62, "timestamp": "2024-03-05T08:03:00+00:00", "source": "rest"}]
                """);
        assertEquals(1, hr.size());
        assertEquals(62, hr.bpm(0));
        assertEquals(5, sink.skipped());
        assertTrue(sink.warning().startsWith("row 1: timestamp is missing"), sink.warning());
    }
}
