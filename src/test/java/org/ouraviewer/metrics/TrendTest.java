package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rolling means, ISO weeks and months against values worked out by hand. */
class TrendTest {
    private static final double N = Double.NaN;
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    /** 2024-01-01 on: values with gaps at both ends of most windows. */
    private static final DailySeries GAPPY = new DailySeries(DayMetric.SLEEP_SCORE, JAN_1,
            new double[] {10, N, 20, N, N, 30, 40, N, N, N, N, 50});

    private static double[] rolling(Trend t) {
        double[] out = new double[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.rolling(i);
        }
        return out;
    }

    private static void assertValues(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, "day " + i);
        }
    }

    @Test
    void rollingMeansNeedHalfTheWindowRoundedUp() {
        // window 4: at least 2 of the 4 days ending on the day
        Trend four = Trend.of(GAPPY, 4);
        assertEquals(JAN_1, four.from());
        assertEquals(LocalDate.of(2024, 1, 12), four.to());
        assertValues(new double[] {N, N, 15, 15, N, 25, 35, 35, 35, N, N, N}, rolling(four));
        // window 7: at least 4 of 7, which only the 7th day's window has (10, 20, 30, 40)
        assertValues(new double[] {N, N, N, N, N, N, 25, N, N, N, N, N}, rolling(Trend.of(GAPPY, 7)));
        // window 1: the day's own value
        assertValues(new double[] {10, N, 20, N, N, 30, 40, N, N, N, N, 50}, rolling(Trend.of(GAPPY, 1)));
        assertThrows(IllegalArgumentException.class, () -> Trend.of(GAPPY, 0));
    }

    @Test
    void aRangeKeepsTheRollingMeanOfTheWholeData() {
        // from the 7th: its window reaches back to the 4th, before the range
        Trend t = Trend.of(GAPPY, LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 9), 4);
        assertEquals(3, t.size());
        assertEquals(40, t.value(0));
        assertValues(new double[] {35, 35, 35}, rolling(t));
        // past the data: no values, the rolling mean fades out as the window leaves the data
        Trend after = Trend.of(GAPPY, LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 20), 2);
        assertEquals(9, after.size());
        assertEquals(50, after.rolling(0));
        assertEquals(50, after.rolling(1));
        assertTrue(Double.isNaN(after.rolling(2)));
        assertTrue(Double.isNaN(after.value(8)));
        assertEquals(0, Trend.of(GAPPY, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 4), 7).size());
    }

    @Test
    void aMetricWithoutValuesHasNoRange() {
        DailySeries empty = new DailySeries(DayMetric.SPO2, JAN_1, new double[] {N, N});
        Trend t = Trend.of(empty, 7);
        assertNull(t.from());
        assertNull(t.to());
        assertEquals(0, t.size());
        assertEquals(List.of(), t.weeks());
    }

    @Test
    void isoWeeksFollowTheWeekBasedYearAcrossYearEnds() {
        assertEquals("2020-W53", Trend.isoWeek(LocalDate.of(2020, 12, 31)));
        assertEquals("2020-W53", Trend.isoWeek(LocalDate.of(2021, 1, 3)));
        assertEquals("2021-W01", Trend.isoWeek(LocalDate.of(2021, 1, 4)));
        assertEquals("2025-W01", Trend.isoWeek(LocalDate.of(2024, 12, 30)));
        assertEquals("2024-W01", Trend.isoWeek(LocalDate.of(2024, 1, 1)));
        assertEquals("2026-W53", Trend.isoWeek(LocalDate.of(2027, 1, 1)));
    }

    /** 2020-12-28 (a Monday) to 2021-01-17. */
    private static final DailySeries YEAR_END = new DailySeries(DayMetric.LOWEST_HR, LocalDate.of(2020, 12, 28),
            new double[] {N, N, 1, 2, N, N, 6, 10, N, N, N, N, N, N, N, N, N, N, N, N, 30});

    @Test
    void weekAndMonthMeansLeaveOutPeriodsWithoutValues() {
        Trend t = Trend.of(YEAR_END, LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 17), 7);
        assertEquals(List.of(new PeriodMean("2020-W53", LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3), 3, 3),
                new PeriodMean("2021-W01", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 10), 10, 1),
                new PeriodMean("2021-W02", LocalDate.of(2021, 1, 11), LocalDate.of(2021, 1, 17), 30, 1)), t.weeks());
        assertEquals(List.of(new PeriodMean("2020-12", LocalDate.of(2020, 12, 28), LocalDate.of(2020, 12, 31), 1.5, 2),
                new PeriodMean("2021-01", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 17), 46 / 3.0, 3)),
                t.months());
        assertSame(t.weeks(), t.weeks(), "computed when first asked, then kept");
        assertSame(t.months(), t.months());
    }

    @Test
    void periodsCutByTheRangeCountOnlyTheirDaysInside() {
        Trend t = Trend.of(YEAR_END, LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 9), 7);
        assertEquals("2020-W53", t.weeks().get(0).period());
        assertEquals(LocalDate.of(2020, 12, 31), t.weeks().get(0).first());
        assertEquals(4, t.weeks().get(0).mean(), "2 and 6: the 30th is outside");
        assertEquals(2, t.weeks().get(0).count());
        assertEquals(2, t.weeks().size(), "2021-W02 is outside");
        assertEquals(2, t.months().get(0).mean());
        assertEquals(1, t.months().get(0).count());
    }
}
