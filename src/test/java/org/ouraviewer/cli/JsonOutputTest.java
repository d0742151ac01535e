package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Computed numbers print with 10 significant digits: exact values as they are, no floating-point noise. */
class JsonOutputTest {
    @Test
    void computedNumbersAreRoundedToTenSignificantDigits() {
        assertEquals("0.3", JsonOutput.rounded(0.1 + 0.2));
        assertEquals("0.15", JsonOutput.rounded((0.1 + 0.2) / 2));
        assertEquals("74.5", JsonOutput.rounded(74.5));
        assertEquals("1500", JsonOutput.rounded(1500.0));
        assertEquals("0", JsonOutput.rounded(-0.0));
        assertEquals("-0.3333333333", JsonOutput.rounded(-1 / 3.0));
        assertEquals("12345.67891", JsonOutput.rounded(12345.678912345));
        assertEquals("0.00000003333333333", JsonOutput.rounded(1e-7 / 3), "plain, not 3.3E-8");
    }

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
