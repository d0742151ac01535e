package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.OuraKind;

class RecordKeysTest {
    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void recordsAreTheSameByIdElseByTheirNaturalKey() throws Exception {
        assertEquals(RecordKeys.key(OuraKind.SLEEP, json("{\"id\":\"a\",\"day\":\"2024-01-01\"}")),
                RecordKeys.key(OuraKind.SLEEP, json("{\"id\":\"a\",\"day\":\"2024-01-02\"}")));
        assertEquals(RecordKeys.key(OuraKind.DAILY_SLEEP, json("{\"day\":\"2024-01-01\",\"score\":80}")),
                RecordKeys.key(OuraKind.DAILY_SLEEP, json("{\"day\":\"2024-01-01\",\"score\":81}")));
        assertEquals(RecordKeys.key(OuraKind.WORKOUT, json("{\"start_datetime\":\"t\",\"activity\":\"walking\",\"calories\":1}")),
                RecordKeys.key(OuraKind.WORKOUT, json("{\"start_datetime\":\"t\",\"activity\":\"walking\",\"calories\":2}")));
        assertNotEquals(RecordKeys.key(OuraKind.WORKOUT, json("{\"start_datetime\":\"t\",\"activity\":\"walking\"}")),
                RecordKeys.key(OuraKind.WORKOUT, json("{\"start_datetime\":\"t\",\"activity\":\"cycling\"}")));
        String hr = "{\"bpm\":61,\"source\":\"sleep\",\"timestamp\":\"2024-12-13T12:31:21+00:00\"}";
        assertEquals(RecordKeys.key(OuraKind.HEARTRATE, json(hr)), RecordKeys.key(OuraKind.HEARTRATE, json(hr)));
        assertNotEquals(RecordKeys.key(OuraKind.HEARTRATE, json(hr)),
                RecordKeys.key(OuraKind.HEARTRATE, json(hr.replace("61", "62"))));
        assertNotEquals(RecordKeys.key(OuraKind.HEARTRATE, json(hr)),
                RecordKeys.key(OuraKind.HEARTRATE, json(hr.replace("sleep", "awake"))));
        assertNotEquals(RecordKeys.key(OuraKind.HEARTRATE, json(hr)),
                RecordKeys.key(OuraKind.HEARTRATE, json(hr.replace(":21+", ":22+"))));
    }

    @Test
    void keyFlagsHoldMillionsOfKeysExactly() {
        KeyFlags flags = new KeyFlags();
        for (long i = 0; i < 2_000_000; i++) {
            assertEquals(0, flags.mark(i * 8191, 1));
        }
        for (long i = 0; i < 2_000_000; i += 999) {
            assertEquals(1, flags.mark(i * 8191, 2));
            assertEquals(3, flags.mark(i * 8191, 2));
        }
        assertEquals(0, flags.mark(-5, 2));
    }

    @Test
    void numbersAreKeptAsWritten() throws Exception {
        assertEquals("{\"a\":14.50,\"b\":1E-7,\"c\":3}", Json.MAPPER.writeValueAsString(json("{\"a\":14.50,\"b\":1E-7,\"c\":3}")));
    }
}
