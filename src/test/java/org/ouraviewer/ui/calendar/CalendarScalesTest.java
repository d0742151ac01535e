package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;

/**
 * How the calendar colours and writes a value: Oura's score bands, bands relative to the usual, cell and legend text.
 */
class CalendarScalesTest {
    @Test
    void scoresFallIntoOurasBands() {
        BandScale scores = BandScale.scores();
        assertEquals(DayBand.OPTIMAL, scores.band(85));
        assertEquals(DayBand.OPTIMAL, scores.band(100));
        assertEquals(DayBand.GOOD, scores.band(84));
        assertEquals(DayBand.GOOD, scores.band(70));
        assertEquals(DayBand.ATTENTION, scores.band(69));
        assertEquals(DayBand.ATTENTION, scores.band(0));
    }

    @Test
    void temperatureDeviatesBothWays() {
        BandScale t = CalendarMetrics.scale(DayMetric.TEMPERATURE_DEVIATION,
                DayMetrics.EMPTY.series(DayMetric.TEMPERATURE_DEVIATION));
        assertEquals(DayBand.USUAL, t.band(0.1));
        assertEquals(DayBand.USUAL, t.band(-0.2));
        assertEquals(DayBand.HIGHER, t.band(0.6));
        assertEquals(DayBand.MUCH_HIGHER, t.band(1.4));
        assertEquals(DayBand.LOWER, t.band(-0.6));
        assertEquals(DayBand.MUCH_LOWER, t.band(-1.5));
    }

    @Test
    void formatsValuesAsCellsShowThem() {
        assertEquals("9.8k", CalendarMetrics.cellText(DayMetric.STEPS, 9812));
        assertEquals("812", CalendarMetrics.cellText(DayMetric.STEPS, 812));
        assertEquals("+0.3", CalendarMetrics.cellText(DayMetric.TEMPERATURE_DEVIATION, 0.27));
        assertEquals("+0.0", CalendarMetrics.cellText(DayMetric.TEMPERATURE_DEVIATION, -0.02), "never -0.0");
        assertEquals("-1.2", CalendarMetrics.cellText(DayMetric.TEMPERATURE_DEVIATION, -1.18));
        assertEquals("84", CalendarMetrics.cellText(DayMetric.SLEEP_SCORE, 84));
        assertEquals("7:12", CalendarMetrics.cellText(DayMetric.TOTAL_SLEEP_S, 7 * 3600 + 12 * 60 + 10), "h:mm");
        assertEquals("0:09", CalendarMetrics.cellText(DayMetric.LATENCY_S, 540));
        assertEquals("23:30", CalendarMetrics.cellText(DayMetric.BEDTIME_MIN, 690), "a clock time");
        assertEquals("14.5", CalendarMetrics.cellText(DayMetric.AVERAGE_BREATH, 14.5));
        assertEquals("52", CalendarMetrics.cellText(DayMetric.LOWEST_HR, 52));
        assertEquals("2.3k", CalendarMetrics.cellText(DayMetric.TOTAL_CALORIES, 2345));
        assertEquals("3", CalendarMetrics.cellText(DayMetric.RESILIENCE_LEVEL, 3));
        assertEquals("solid", CalendarMetrics.legendText(DayMetric.RESILIENCE_LEVEL, 3), "the legend says the word");
        assertEquals("54 bpm", CalendarMetrics.legendText(DayMetric.LOWEST_HR, 54));
    }

    @Test
    void otherMetricsAreColouredRelativeToTheUsualMiddleHalf() {
        BandScale s = BandScale.relativeToUsual(new Baseline(50, 55, 60, 100), 30, 80, v -> Double.toString(v));
        assertEquals(DayBand.USUAL, s.band(55));
        assertEquals(DayBand.USUAL, s.band(50), "the usual range's edges are usual");
        assertEquals(DayBand.USUAL, s.band(60));
        assertEquals(DayBand.LOWER, s.band(49));
        assertEquals(DayBand.LOWER, s.band(40), "as far again below is lower");
        assertEquals(DayBand.MUCH_LOWER, s.band(39.9));
        assertEquals(DayBand.HIGHER, s.band(61));
        assertEquals(DayBand.HIGHER, s.band(70));
        assertEquals(DayBand.MUCH_HIGHER, s.band(70.1));
        assertEquals(5, s.legend().size());
        assertTrue(s.note().contains("usual"), s.note());
    }

    @Test
    void onlyTheBandsTheValuesReachAreOfferedSoNoDurationIsNegative() {
        BandScale stress = BandScale.relativeToUsual(new Baseline(900, 3600, 9000, 300), 0, 30000,
                v -> CalendarMetrics.legendText(DayMetric.STRESS_HIGH_S, v));
        assertEquals(List.of(DayBand.MUCH_HIGHER, DayBand.HIGHER, DayBand.USUAL, DayBand.LOWER),
                stress.legend().stream().map(BandScale.LegendEntry::band).toList());
        assertEquals("below 0:15 h", stress.legend().get(3).label());
        assertEquals(DayBand.LOWER, stress.band(0));
        assertEquals(DayBand.MUCH_HIGHER, stress.band(20000));
        BandScale noneBelow = BandScale.relativeToUsual(new Baseline(0, 0, 900, 300), 0, 1000, v -> "" + v);
        assertEquals(List.of(DayBand.HIGHER, DayBand.USUAL),
                noneBelow.legend().stream().map(BandScale.LegendEntry::band).toList());
        assertEquals(DayBand.USUAL, noneBelow.band(0));
    }

    @Test
    void aLevelThatRarelyChangesIsUsualHigherOrLowerAndTooFewDaysAllUsual() {
        BandScale level = BandScale.relativeToUsual(new Baseline(3, 3, 3, 50), 1, 5, v -> Double.toString(v));
        assertEquals(DayBand.USUAL, level.band(3));
        assertEquals(DayBand.LOWER, level.band(2));
        assertEquals(DayBand.LOWER, level.band(1));
        assertEquals(DayBand.HIGHER, level.band(5));
        assertEquals(3, level.legend().size());
        BandScale none = BandScale.relativeToUsual(Baseline.NONE, 1, 1e6, v -> Double.toString(v));
        assertEquals(DayBand.USUAL, none.band(1));
        assertEquals(DayBand.USUAL, none.band(1e6));
    }
}
