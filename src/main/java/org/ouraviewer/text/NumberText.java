package org.ouraviewer.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the commands' JSON and the CSV exports write them. A number read from a file comes out as it was
 * written (60.9, see {@link org.ouraviewer.model.FloatDecimal} for series); a computed one (a mean, a
 * percentile, a share) is rounded to {@value #SIGNIFICANT_DIGITS} significant digits, which drops
 * floating-point noise (0.1 + 0.2 prints 0.3, a mean of 74 and 75 prints 74.5) and keeps far more precision
 * than any Oura value has. Plain notation always: a spreadsheet or a JSON reader takes 0.0123, not 1.23E-2.
 */
public final class NumberText {
    public static final int SIGNIFICANT_DIGITS = 10;
    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /**
     * {@code value} to {@value #SIGNIFICANT_DIGITS} significant digits: "74.5", "1500", "0.0123"; whole
     * numbers in full, without a fraction. NaN and infinities have no text here: JSON writes null, CSV an
     * empty cell ({@link #cell}).
     */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a number to write: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(ROUNDING).stripTrailingZeros().toPlainString();
    }

    /** A CSV cell: {@link #plain}, or empty for NaN (no value). */
    public static String cell(double value) {
        return Double.isNaN(value) ? "" : plain(value);
    }
}
