package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Welch's interval worked out by hand (and agreeing with scipy's ttest_ind(equal_var=False)). */
class WelchTest {
    private static Welch.Sample sample(double... values) {
        return Welch.Sample.of(values, values.length);
    }

    @Test
    void unequalVariances() {
        // a: mean 2.5, s² = 5/3, s²/n = 5/12; b: mean 6, s² = 10, s²/n = 2
        // se = √(29/12) = 1.554563; ν = (29/12)² / ((5/12)²/3 + 2²/4) = 5.840278 / 1.057870 = 5.520788
        // t(0.975, 5.520788) = 2.499330, half-width 3.885368 around −3.5
        Welch.Sample a = sample(1, 2, 3, 4);
        Welch.Sample b = sample(2, 4, 6, 8, 10);
        assertEquals(2.5, a.mean());
        assertEquals(5 / 3.0, a.variance(), 1e-12);
        assertEquals(10, b.variance(), 1e-12);
        Welch.Interval ci = Welch.interval(a, b, 0.95);
        assertEquals(5.520787746170677, ci.degreesOfFreedom(), 1e-9);
        assertEquals(-7.385368080514045, ci.low(), 1e-9);
        assertEquals(0.3853680805140449, ci.high(), 1e-9);
        assertEquals(3.885368080514045, ci.halfWidth(), 1e-9);
    }

    @Test
    void twoValuesWithMuchMoreSpreadThanTheOthers() {
        // a: 60, 70: mean 65, s² = 50, s²/n = 25; b: 50…60 by 2: mean 55, s² = 14, s²/n = 7/3
        // ν = (82/3)² / (25² / 1 + (7/3)² / 5) = 747.1111 / 626.0889 = 1.193299; the interval is wide
        Welch.Interval ci = Welch.interval(sample(60, 70), sample(50, 52, 54, 56, 58, 60), 0.95);
        assertEquals(1.1932987861148576, ci.degreesOfFreedom(), 1e-9);
        assertEquals(-35.6957831189006, ci.low(), 1e-7);
        assertEquals(55.6957831189006, ci.high(), 1e-7);
    }

    @Test
    void equalVariancesAndEqualSizesGiveTheStudentInterval() {
        // both s² = 1, n = 3: se = √(2/3), ν = (2/3)² / (2 × (1/3)² / 2) = 4
        Welch.Interval ci = Welch.interval(sample(1, 2, 3), sample(4, 5, 6), 0.95);
        assertEquals(4, ci.degreesOfFreedom(), 1e-12);
        assertEquals(StudentT.quantile(0.975, 4) * Math.sqrt(2 / 3.0), ci.halfWidth(), 1e-12);
        assertEquals(-3 - ci.halfWidth(), ci.low(), 1e-12);
    }

    @Test
    void degenerateSamples() {
        assertNull(Welch.interval(sample(5), sample(1, 2, 3), 0.95), "one value has no spread");
        assertNull(Welch.interval(sample(1, 2, 3), sample(), 0.95));
        Welch.Interval constant = Welch.interval(sample(5, 5), sample(3, 3, 3), 0.95);
        assertEquals(2, constant.low());
        assertEquals(2, constant.high());
        // one sample constant: ν = n − 1 of the other
        assertEquals(2, Welch.interval(sample(5, 5), sample(1, 2, 3), 0.95).degreesOfFreedom(), 1e-12);
    }
}
