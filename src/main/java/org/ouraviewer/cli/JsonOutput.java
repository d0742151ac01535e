package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes the commands' JSON; numbers that are whole print without a fraction, as the API writes them. */
final class JsonOutput implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonGenerator gen;

    JsonOutput(OutputStream out) {
        try {
            gen = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonGenerator gen() {
        return gen;
    }

    void number(String field, Number n) throws IOException {
        gen.writeFieldName(field);
        if (n == null) {
            gen.writeNull();
        } else if (n instanceof Integer || n instanceof Long) {
            gen.writeNumber(n.longValue());
        } else {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                gen.writeNumber((long) d);
            } else {
                gen.writeNumber(d);
            }
        }
    }

    void string(String field, Object value) throws IOException {
        if (value == null) {
            gen.writeNullField(field);
        } else {
            gen.writeStringField(field, value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        gen.flush();
        gen.close();
    }
}
