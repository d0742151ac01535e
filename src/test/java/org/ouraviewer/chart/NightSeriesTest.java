package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.SleepPeriod;

/** Phases as runs, and gaps kept as gaps: separate polylines, nothing at zero, nothing bridged. */
class NightSeriesTest {
    private static final float N = Float.NaN;

    @Test
    void phasesBecomeRunsAtTheirLevelsAwakeOnTop() {
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-11T00:00:00+01:00", "442211113334",
                null);
        NightSeries s = new NightSeries(p.day(), List.of(p));
        assertEquals(List.of(4, 2, 1, 3, 4), s.phases().stream().map(NightSeries.Run::level).toList());
        assertEquals(600, s.phases().get(0).end() - s.phases().get(0).start());
        assertEquals(SleepPhase.DEEP, NightSeries.levelAt(s.phases(), s.start() + 4 * 300 + 10));
        assertEquals(SleepPhase.REM, NightSeries.levelAt(s.phases(), s.start() + 8 * 300));
        assertEquals(SleepPhase.NONE, NightSeries.levelAt(s.phases(), s.end() + 1));

        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        Lane lane = layout.lane(NightLayout.PHASES);
        assertEquals(5, layout.phaseBlocks().size());
        double awakeY = layout.phaseBlocks().get(0).y();
        double lightY = layout.phaseBlocks().get(1).y();
        double deepY = layout.phaseBlocks().get(2).y();
        double remY = layout.phaseBlocks().get(3).y();
        assertTrue(awakeY < remY && remY < lightY && lightY < deepY, "awake on top, deep at the bottom");
        assertTrue(awakeY >= lane.top() && deepY + layout.phaseBlocks().get(2).height() <= lane.bottom());
        // one step line through the whole night, since the runs follow each other without a gap
        assertEquals(1, layout.phaseSteps().size());
    }

    @Test
    void unknownPhaseCharactersAreGapsNotAPhase() {
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-11T00:00:00+01:00", "2200222", null);
        NightSeries s = new NightSeries(p.day(), List.of(p));
        assertEquals(2, s.phases().size());
        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        assertEquals(2, layout.phaseSteps().size());
    }

    @Test
    void gapsSplitTheLineAndALoneSampleIsADot() {
        float[] hr = {50, 51, N, 52, 53, 54, N, N, 60, N, 58, 57};
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-11T00:00:00+01:00", "222222222222", hr);
        NightSeries s = new NightSeries(p.day(), List.of(p));
        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        SeriesShapes shapes = layout.heartRateShapes();
        assertEquals(3, shapes.lines().size());
        assertEquals(List.of(2, 3, 2), shapes.lines().stream().map(l -> l.xs().length).toList());
        assertEquals(1, shapes.dots().size());
        ValueScale scale = layout.heartRateScale();
        assertTrue(scale.lo() > 0, "the scale is not stretched to zero by the gaps: " + scale.lo());
        double zeroOrBelow = scale.y(scale.lo());
        double fiveMinutes = layout.xOf(s.start() + 300) - layout.xOf(s.start());
        Polyline first = shapes.lines().get(0);
        Polyline second = shapes.lines().get(1);
        for (Polyline l : shapes.lines()) {
            for (double y : l.ys()) {
                assertTrue(y < zeroOrBelow, "no point drawn at the bottom for a gap");
            }
        }
        // the line stops at sample 1 and starts again at sample 3: the gap is not bridged
        assertEquals(layout.xOf(s.start() + 450), first.xs()[1], 1e-9);
        assertEquals(layout.xOf(s.start() + 1050), second.xs()[0], 1e-9);
        assertEquals(2 * fiveMinutes, second.xs()[0] - first.xs()[1], 1e-9);
        assertEquals(scale.y(60), shapes.dots().get(0)[1], 1e-9);
        // the crosshair reads a gap as a gap
        assertTrue(Double.isNaN(s.readingAt(s.start() + 2 * 300 + 10).heartRate()));
        assertEquals(52.0, s.readingAt(s.start() + 3 * 300 + 10).heartRate());
    }

    @Test
    void aSeriesOfOnlyGapsLeavesTheLaneEmptyAndSaysSo() {
        float[] hr = {N, N, N};
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-10T23:15:00+01:00", "222", hr);
        NightSeries s = new NightSeries(p.day(), List.of(p));
        NightLayout layout = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        assertTrue(layout.heartRateShapes().lines().isEmpty());
        assertTrue(layout.heartRateShapes().dots().isEmpty());
        assertEquals("No heart-rate samples", layout.lane(NightLayout.HEART_RATE).emptyMessage());
    }

    @Test
    void zoomingLaysOutOnlyWhatIsInTheWindow() {
        SleepPeriod p = Nights.period("2024-01-10T22:00:00+01:00", "2024-01-11T06:00:00+01:00", Nights.phases(8),
                null);
        NightSeries s = new NightSeries(p.day(), List.of(p));
        NightLayout all = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start(), s.end());
        NightLayout hour = new NightLayout(s, null, NightLayout.Options.screen(800, 500), s.start() + 3600,
                s.start() + 7200);
        assertEquals(16, all.phaseBlocks().size());
        assertEquals(2, hour.phaseBlocks().size());
        assertEquals(hour.plot().left(), hour.xOf(s.start() + 3600), 1e-9);
    }

    /** The crosshair reads the number as written: 60.85 shows as 60.9 (half up), though the float is 60.8499985. */
    @Test
    void readingsAreTheNumbersAsWritten() {
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-10T23:10:00+01:00", "22",
                new float[] {60.85f, 61f});
        NightSeries s = new NightSeries(p.day(), List.of(p));
        assertEquals(60.85, s.readingAt(s.start() + 10).heartRate());
        assertEquals("Heart rate: 60.9 bpm", Readout.lines(s, s.start() + 10).get(2));
        assertEquals("HRV: 61 ms", Readout.lines(s, s.start() + 310).get(3));
    }
}
