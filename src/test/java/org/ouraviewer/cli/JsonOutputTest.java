package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the computations leave without a value is null (the numbers' text: NumberTextTest). */
class JsonOutputTest {
    @Test
    void missingValuesAreNull() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonOutput json = new JsonOutput(bytes)) {
            json.gen().writeStartObject();
            json.number("a", Double.NaN);
            json.array("b", 3, i -> i == 1 ? Double.NaN : i * 0.5);
            json.gen().writeEndObject();
        }
        assertEquals("{\"a\":null,\"b\":[0,null,1]}", bytes.toString(StandardCharsets.UTF_8).replaceAll("\\s", ""));
    }
}
