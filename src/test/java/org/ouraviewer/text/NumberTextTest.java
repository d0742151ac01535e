package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Computed numbers print with 10 significant digits: exact values as they are, no floating-point noise. */
class NumberTextTest {
    @Test
    void computedNumbersAreRoundedToTenSignificantDigits() {
        assertEquals("0.3", NumberText.plain(0.1 + 0.2));
        assertEquals("0.15", NumberText.plain((0.1 + 0.2) / 2));
        assertEquals("74.5", NumberText.plain(74.5));
        assertEquals("1500", NumberText.plain(1500.0));
        assertEquals("0", NumberText.plain(-0.0));
        assertEquals("-0.3333333333", NumberText.plain(-1 / 3.0));
        assertEquals("12345.67891", NumberText.plain(12345.678912345));
        assertEquals("0.00000003333333333", NumberText.plain(1e-7 / 3), "plain, not 3.3E-8");
    }

    @Test
    void numbersAsWrittenComeOutAsWritten() {
        assertEquals("60.9", NumberText.plain(60.9));
        assertEquals("60.95", NumberText.plain(60.9 + 0.5 * (61.0 - 60.9)), "a median between two samples");
        assertEquals("12345678901", NumberText.plain(12345678901.0), "whole numbers in full");
        assertEquals("-0.35", NumberText.plain(-0.35));
    }

    @Test
    void noValueIsAnEmptyCellAndNeverText() {
        assertEquals("", NumberText.cell(Double.NaN));
        assertEquals("0.1", NumberText.cell(0.1 + 0.0000000000001));
        assertThrows(IllegalArgumentException.class, () -> NumberText.plain(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NumberText.plain(Double.POSITIVE_INFINITY));
    }
}
