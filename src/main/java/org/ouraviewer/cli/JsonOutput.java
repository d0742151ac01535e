package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntToDoubleFunction;

/**
 * Writes the commands' JSON; numbers that are whole print without a fraction, as the API writes them.
 * Computed numbers (means, intervals, percentiles, shares) are rounded to {@value #SIGNIFICANT_DIGITS}
 * significant digits: that drops floating-point noise (0.1 + 0.2 prints 0.3, a mean of 74 and 75 prints
 * 74.5) and keeps far more precision than any Oura value has. NaN, the computations' "no value", is null.
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

    static final int SIGNIFICANT_DIGITS = 10;
    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    /** A computed number: null for NaN, else rounded to {@value #SIGNIFICANT_DIGITS} significant digits. */
    void number(String field, double value) throws IOException {
        gen.writeFieldName(field);
        value(value);
    }

    /** A computed number inside an array, as {@link #number(String, double)} writes it. */
    void value(double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            gen.writeNull();
        } else {
            gen.writeNumber(rounded(value));
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

    /** {@code value} to {@value #SIGNIFICANT_DIGITS} significant digits, in plain notation: "74.5", "1500", "0.0123". */
    static String rounded(double value) {
        BigDecimal d = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
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
