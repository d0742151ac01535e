package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.model.OuraData;

/** The calendar's view-model on real recordings: six years of daily sleep and readiness, and a notebook export. */
class CalendarViewModelTest {
    private static OuraData history;
    private static OuraData notebook;

    @BeforeAll
    static void load() {
        history = DataLoader.load(List.of(TestFiles.samples("api-recordings/history"))).data();
        notebook = DataLoader.load(List.of(TestFiles.samples("open-humans-notebook"))).data();
    }

    private static CalendarViewModel viewModel(OuraData data) {
        CalendarViewModel vm = new CalendarViewModel();
        vm.setData(data);
        return vm;
    }

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
    void startsOnTheLastDayWithItsMonthOnScreen() {
        CalendarViewModel vm = viewModel(history);
        vm.setMonthCount(6);
        assertEquals(history.days().last(), vm.selectedDayProperty().get());
        List<YearMonth> months = vm.visibleMonths();
        assertEquals(6, months.size());
        assertEquals(YearMonth.from(history.days().last()), months.get(5));
    }

    @Test
    void keyboardMovesByDayWeekMonthAndToTheEnds() {
        CalendarViewModel vm = viewModel(history);
        vm.setMonthCount(3);
        vm.select(LocalDate.of(2021, 3, 31));
        vm.moveDays(1);
        assertEquals(LocalDate.of(2021, 4, 1), vm.selectedDayProperty().get());
        vm.moveDays(-7);
        assertEquals(LocalDate.of(2021, 3, 25), vm.selectedDayProperty().get());
        vm.select(LocalDate.of(2021, 3, 31));
        vm.moveMonths(1);
        assertEquals(LocalDate.of(2021, 4, 30), vm.selectedDayProperty().get(), "clamped to April's last day");
        vm.moveMonths(-2);
        assertEquals(LocalDate.of(2021, 2, 28), vm.selectedDayProperty().get());
        assertTrue(vm.visibleMonths().contains(YearMonth.of(2021, 2)), "the selection's month is on screen");
        vm.moveToFirst();
        assertEquals(history.days().first(), vm.selectedDayProperty().get());
        assertEquals(YearMonth.from(history.days().first()), vm.visibleMonths().get(0));
        vm.moveDays(-400);
        assertEquals(history.days().first().withDayOfMonth(1), vm.selectedDayProperty().get(),
                "moves stop at the first month with data");
        vm.moveToLast();
        assertEquals(history.days().last(), vm.selectedDayProperty().get());
    }

    @Test
    void jumpsToAYearOnTheSameDateOrTheNearestDayWithData() {
        CalendarViewModel vm = viewModel(history);
        vm.select(LocalDate.of(2023, 6, 15));
        vm.jumpToYear(2020);
        assertEquals(LocalDate.of(2020, 6, 15), vm.selectedDayProperty().get());
        vm.jumpToYear(2018);
        LocalDate first = history.days().first();
        assertEquals(2018, first.getYear());
        assertEquals(first, vm.selectedDayProperty().get(), "June 2018 is before the data: its first day");
        assertEquals(List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024), vm.years());
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

    @Test
    void emptyDataIsHarmless() {
        CalendarViewModel vm = viewModel(OuraData.EMPTY);
        vm.setMonthCount(4);
        vm.moveDays(1);
        vm.moveToLast();
        assertEquals(4, vm.visibleMonths().size());
        assertFalse(vm.cell(LocalDate.now()).hasValue());
        assertTrue(vm.years().isEmpty());
    }
}
