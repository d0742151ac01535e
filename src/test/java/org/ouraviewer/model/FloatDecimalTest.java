package org.ouraviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A float comes back as the decimal it was written as: 60.9f is 60.9, not 60.900001525878906. */
class FloatDecimalTest {
    @Test
    void theReportedHeartRate() {
        assertEquals(60.900001525878906, (double) 60.9f, "widening keeps the float's error");
        assertEquals(60.9, FloatDecimal.toDouble(60.9f));
        assertEquals(0.1, FloatDecimal.toDouble(0.1f));
        assertEquals(-0.35, FloatDecimal.toDouble(-0.35f));
        assertEquals(61.0, FloatDecimal.toDouble(61f));
    }

    /** Every decimal of up to 6 significant digits (what a float holds for certain) below 10^6 reads back exactly. */
    @Test
    void decimalsOfUpToSixDigitsComeBackAsWritten() {
        for (int scale = 0; scale <= 9; scale++) {
            for (int unscaled = -999_999; unscaled <= 999_999; unscaled += 37) {
                assertComesBack(BigDecimal.valueOf(unscaled, scale).toPlainString());
            }
        }
        for (int hundredths = 0; hundredths <= 30_000; hundredths++) { // every value 0.00 to 300.00
            assertComesBack(BigDecimal.valueOf(hundredths, 2).toPlainString());
        }
    }

    private static void assertComesBack(String written) {
        assertEquals(Double.parseDouble(written), FloatDecimal.toDouble(Float.parseFloat(written)), written);
    }

    /**
     * The double's shortest text is the float's, and it reads back as the float, for floats all over the range
     * numbers are written plainly in (10^-3 to 10^7; outside it Java 17's Double.toString is not always the
     * shortest) and for every float around heart rates.
     */
    @Test
    void roundTripThroughTheShortestText() {
        SplittableRandom random = new SplittableRandom(17);
        int checked = 0;
        while (checked < 100_000) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Math.abs(f) >= 1e-3f && Math.abs(f) < 1e7f) {
                assertRoundTrip(f);
                checked++;
            }
        }
        for (float f = 60f; f < 62f; f = Math.nextUp(f)) {
            assertRoundTrip(f);
        }
    }

    private static void assertRoundTrip(float f) {
        double d = FloatDecimal.toDouble(f);
        if (!Double.toString(d).equals(Float.toString(f)) || (float) d != f) {
            assertEquals(Float.toString(f), Double.toString(d), "the float's bits: " + Float.floatToRawIntBits(f));
            assertEquals(f, (float) d, Float.toString(f));
        }
    }

    /** Any finite float, the slow way's cases included (tiny, huge, subnormal, powers of two). */
    @Test
    void sameAsTheTextRoundTripEverywhere() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                assertSameAsText(f);
            }
        }
        for (int exponent = -149; exponent <= 127; exponent++) {
            float power = (float) Math.scalb(1.0, exponent);
            assertSameAsText(power);
            assertSameAsText(Math.nextUp(power));
            assertSameAsText(Math.nextDown(power));
        }
        for (float f : new float[] {0x1p24f, 0x1p24f + 2, 1e7f, 1e-3f, 9.999999e-4f, Float.MIN_VALUE, Float.MAX_VALUE,
                Float.MIN_NORMAL, 0.5f, 0.125f, 1e-4f, 123456.79f}) {
            assertSameAsText(f);
            assertSameAsText(-f);
        }
    }

    private static void assertSameAsText(float f) {
        double expected = Double.parseDouble(Float.toString(f));
        double d = FloatDecimal.toDouble(f);
        if (d != expected) {
            assertEquals(expected, d, Float.toString(f) + ", bits " + Float.floatToRawIntBits(f));
        }
    }

    @Test
    void noNumberStaysWhatItIs() {
        assertTrue(Double.isNaN(FloatDecimal.toDouble(Float.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, FloatDecimal.toDouble(Float.POSITIVE_INFINITY));
        assertEquals(Double.NEGATIVE_INFINITY, FloatDecimal.toDouble(Float.NEGATIVE_INFINITY));
        assertEquals(0.0, FloatDecimal.toDouble(0f));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(FloatDecimal.toDouble(-0f)));
    }
}
