package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.model.OuraData;

/**
 * The calendar's view-model on real recordings: each day's value, band, marks and description, and the metrics offered.
 */
class CalendarViewModelCellsTest extends CalendarViewModelFixture {
    @Test
    void stressAndResilienceAreColouredRelativeToTheWearersOwnDays() {
        CalendarViewModel vm = viewModel(history);
        vm.metricProperty().set(DayMetric.STRESS_HIGH_S);
        Baseline stress = Baseline.of(DayMetrics.of(history).series(DayMetric.STRESS_HIGH_S));
        LocalDate usualDay = history.days().stream().filter(d -> vm.value(d) >= stress.p25()
                && vm.value(d) <= stress.p75()).findFirst().orElseThrow();
        assertEquals(DayBand.USUAL, vm.cell(usualDay).band());
        LocalDate low = history.days().stream().filter(d -> vm.value(d) < stress.p25()).findFirst().orElseThrow();
        assertTrue(EnumSet.of(DayBand.LOWER, DayBand.MUCH_LOWER).contains(vm.cell(low).band()));
        LocalDate high = history.days().stream().filter(d -> vm.value(d) > stress.p75()).findFirst().orElseThrow();
        assertTrue(EnumSet.of(DayBand.HIGHER, DayBand.MUCH_HIGHER).contains(vm.cell(high).band()));
        assertTrue(vm.cell(usualDay).text().matches("\\d+:\\d\\d"), "a duration in h:mm: " + vm.cell(usualDay).text());

        CalendarViewModel resilience = viewModel(history);
        resilience.metricProperty().set(DayMetric.RESILIENCE_LEVEL);
        LocalDate day = history.days().last();
        double level = DayMetric.RESILIENCE_LEVEL.value(history, day);
        assertFalse(Double.isNaN(level), "the history has resilience on its last day");
        assertEquals(Long.toString(Math.round(level)), resilience.cell(day).text());
        assertTrue(resilience.scale().note().contains("usual"), resilience.scale().note());
    }

    @Test
    void eachDayGetsTheChosenMetricsValueAndBand() {
        CalendarViewModel vm = viewModel(history);
        LocalDate day = history.dailySleepByDay().lastKey();
        int sleep = history.dailySleep(day).orElseThrow().score();
        DayCell cell = vm.cell(day);
        assertEquals(Integer.toString(sleep), cell.text());
        assertEquals(BandScale.scores().band(sleep), cell.band());

        vm.metricProperty().set(DayMetric.READINESS_SCORE);
        int readiness = history.dailyReadiness(day).orElseThrow().score();
        assertEquals(Integer.toString(readiness), vm.cell(day).text());
        assertEquals(BandScale.scores().band(readiness), vm.cell(day).band());
    }

    @Test
    void daysWithoutDataHaveNoValueRatherThanZero() {
        CalendarViewModel vm = viewModel(history);
        LocalDate before = history.days().first().minusDays(3);
        DayCell cell = vm.cell(before);
        assertFalse(cell.hasValue());
        assertNull(cell.band());
        assertEquals("", cell.text());
        assertTrue(Double.isNaN(vm.value(before)));
        // The history has no activity at all: every day is empty for that metric, none is "0".
        vm.metricProperty().set(DayMetric.ACTIVITY_SCORE);
        assertTrue(history.days().stream().noneMatch(d -> vm.cell(d).hasValue()));
    }

    @Test
    void offersEveryDayMetricTheDataHasAndTheScoresAlways() {
        for (OuraData data : List.of(history, notebook)) {
            DayMetrics all = DayMetrics.of(data);
            List<DayMetric> offered = viewModel(data).availableMetrics();
            for (DayMetric m : DayMetric.values()) {
                boolean any = all.series(m).count() > 0;
                assertEquals(any || CalendarMetrics.SCORES.contains(m), offered.contains(m), m.id());
            }
        }
        List<DayMetric> historyMetrics = viewModel(history).availableMetrics();
        assertTrue(historyMetrics.containsAll(List.of(DayMetric.TEMPERATURE_DEVIATION, DayMetric.RESILIENCE_LEVEL,
                DayMetric.CARDIOVASCULAR_AGE, DayMetric.SPO2, DayMetric.STRESS_HIGH_S)), historyMetrics.toString());
        assertFalse(historyMetrics.contains(DayMetric.STEPS), "no daily_activity in the history");
        assertFalse(historyMetrics.contains(DayMetric.AVERAGE_HRV), "no sleep periods in the history");
        List<DayMetric> notebookMetrics = viewModel(notebook).availableMetrics();
        assertTrue(notebookMetrics.contains(DayMetric.STEPS));
        assertTrue(notebookMetrics.contains(DayMetric.LOWEST_HR));
    }

    @Test
    void lowestHeartRateComesFromTheMainSleep() {
        CalendarViewModel vm = viewModel(notebook);
        vm.metricProperty().set(DayMetric.LOWEST_HR);
        LocalDate day = notebook.sleepDays().first();
        Integer lowest = notebook.mainSleep(day).orElseThrow().vitals().lowestHeartRate();
        assertEquals(lowest == null ? Double.NaN : lowest.doubleValue(), vm.value(day));
    }

    @Test
    void theCalendarShowsTheOneListOfDayMetrics() {
        CalendarViewModel vm = viewModel(notebook);
        for (DayMetric m : DayMetric.values()) {
            vm.metricProperty().set(m);
            for (LocalDate day : notebook.days()) {
                assertEquals(m.value(notebook, day), vm.value(day), m + " " + day);
                assertEquals(Double.isNaN(vm.value(day)), vm.cell(day).band() == null, m + " " + day);
            }
        }
    }

    @Test
    void marksNapsTagsAndWorkouts() {
        CalendarViewModel vm = viewModel(notebook);
        java.util.Set<LocalDate> days = new java.util.TreeSet<>(notebook.days());
        notebook.workouts().forEach(w -> days.add(w.day()));
        notebook.tags().forEach(t -> days.add(t.day()));
        for (LocalDate day : days) {
            DayCell cell = vm.cell(day);
            long sleeps = notebook.sleepPeriods(day).stream().filter(p -> p.type().countsAsSleep()).count();
            assertEquals(sleeps > 1, cell.nap(), day.toString());
            assertEquals(!notebook.workouts(day).isEmpty(), cell.workout(), day.toString());
            assertEquals(!notebook.tags(day).isEmpty() || !notebook.enhancedTags(day).isEmpty(), cell.tag());
        }
        assertTrue(days.stream().anyMatch(d -> vm.cell(d).workout()), "the notebook has workouts");
    }

    @Test
    void describesADayWithItsThreeScores() {
        CalendarViewModel vm = viewModel(notebook);
        LocalDate day = notebook.dailySleepByDay().lastKey();
        String text = vm.describe(day);
        assertTrue(text.contains("Sleep " + notebook.dailySleep(day).orElseThrow().score()), text);
        assertTrue(text.contains("Readiness"), text);
        assertTrue(text.contains("Activity"), text);
        assertTrue(vm.describe(LocalDate.of(2001, 1, 1)).contains("No data"));
    }
}
