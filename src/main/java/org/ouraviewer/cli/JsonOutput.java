package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.IntToDoubleFunction;
import org.ouraviewer.text.NumberText;

/**
 * Writes the commands' JSON; numbers that are whole print without a fraction, as the API writes them.
 * Computed numbers (means, intervals, percentiles, shares) are rounded to {@value NumberText#SIGNIFICANT_DIGITS}
 * significant digits ({@link NumberText}). NaN, the computations' "no value", is null.
 */
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

    /** A computed number: null for NaN, else rounded to {@value NumberText#SIGNIFICANT_DIGITS} significant digits. */
    void number(String field, double value) throws IOException {
        gen.writeFieldName(field);
        value(value);
    }

    /** A computed number inside an array, as {@link #number(String, double)} writes it. */
    void value(double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            gen.writeNull();
        } else {
            gen.writeNumber(NumberText.plain(value));
        }
    }

    /** An array of {@code size} computed numbers. */
    void array(String field, int size, IntToDoubleFunction values) throws IOException {
        gen.writeArrayFieldStart(field);
        for (int i = 0; i < size; i++) {
            value(values.applyAsDouble(i));
        }
        gen.writeEndArray();
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
