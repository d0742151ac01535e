package org.ouraviewer.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextHeadTest {
    /** A one-line JSON document (an API response) of {@code bytes} bytes. */
    private static byte[] oneLineJson(String prefix, int bytes) {
        StringBuilder sb = new StringBuilder(prefix).append("{\"data\":[");
        while (sb.length() < bytes) {
            sb.append("{\"day\":\"2024-01-01\",\"score\":80},");
        }
        return sb.append("{}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aOneLineJsonIsNotReadPastTheLook() throws IOException {
        for (String prefix : new String[] {"", "\uFEFF", "  \t"}) {
            byte[] json = oneLineJson(prefix, 200_000);
            BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(json));
            String head = TextHead.read(in);
            assertTrue(head.length() <= 8192, "the head of a JSON document is the look only, not " + head.length());
            assertTrue(head.stripLeading().startsWith("{\"data\""), head.substring(0, 20));
            assertEquals(json.length, in.readAllBytes().length, "the stream is left at its start");
        }
    }

    @Test
    void aWideCsvHeaderIsReadToItsLineEnd() throws IOException {
        StringBuilder header = new StringBuilder("day");
        for (int i = 0; header.length() < 20_000; i++) {
            header.append(",column_").append(i);
        }
        byte[] csv = (header + "\n2024-01-01" + ",1".repeat(10) + "\n").getBytes(StandardCharsets.UTF_8);
        String head = TextHead.read(new BufferedInputStream(new ByteArrayInputStream(csv)));
        assertTrue(head.startsWith(header + "\n"), "the whole first line: " + head.length() + " characters");
    }
}
