package org.ouraviewer.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@code oura-v2-<kind>.json} file as Open Humans does: one JSON array of documents. One
 * document a line keeps the files small and diffable. Fractions are written as decimals with a fixed
 * number of places, never through {@code double} printing, so the bytes do not depend on the JDK.
 */
final class JsonArrayFile implements Closeable {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** As the API writes timestamps: seconds always, {@code +00:00} rather than {@code Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    static final DateTimeFormatter SERIES_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    private final BufferedWriter out;
    private boolean first = true;

    JsonArrayFile(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write("[\n");
    }

    void add(ObjectNode document) throws IOException {
        addRaw(MAPPER.writeValueAsString(document));
    }

    /** A document already written as JSON (the heart-rate rows, millions of them in the benchmark). */
    void addRaw(String json) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(json);
    }

    @Override
    public void close() throws IOException {
        out.write(first ? "]\n" : "\n]\n");
        out.close();
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** {@code value} rounded to {@code places} decimals and written as Python writes floats: 61.125, 14.5, 56.0. */
    static BigDecimal decimal(double value, int places) {
        BigDecimal d = BigDecimal.valueOf(Math.round(value * Math.pow(10, places)), places).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1) : d;
    }

    static String time(ZonedDateTime t) {
        return TIMESTAMP.format(t);
    }

    static String time(OffsetDateTime t) {
        return TIMESTAMP.format(t);
    }

    /** A sample series object {@code {interval, items, timestamp}} as the sleep documents hold it. */
    static ObjectNode series(int intervalSeconds, ArrayNode items, ZonedDateTime start) {
        ObjectNode s = object();
        s.put("interval", BigDecimal.valueOf(intervalSeconds * 10L, 1));
        s.set("items", items);
        s.put("timestamp", SERIES_TIMESTAMP.format(start));
        return s;
    }
}
