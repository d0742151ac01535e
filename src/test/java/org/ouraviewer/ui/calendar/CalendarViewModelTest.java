package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
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
        BandScale t = CalendarMetric.TEMPERATURE.scale(new double[0]);
        assertEquals(DayBand.USUAL, t.band(0.1));
        assertEquals(DayBand.USUAL, t.band(-0.2));
        assertEquals(DayBand.HIGHER, t.band(0.6));
        assertEquals(DayBand.MUCH_HIGHER, t.band(1.4));
        assertEquals(DayBand.LOWER, t.band(-0.6));
        assertEquals(DayBand.MUCH_LOWER, t.band(-1.5));
    }

    @Test
    void formatsValuesAsCellsShowThem() {
        assertEquals("9.8k", CalendarMetric.STEPS.format(9812));
        assertEquals("812", CalendarMetric.STEPS.format(812));
        assertEquals("+0.3", CalendarMetric.TEMPERATURE.format(0.27));
        assertEquals("+0.0", CalendarMetric.TEMPERATURE.format(-0.02), "never -0.0");
        assertEquals("-1.2", CalendarMetric.TEMPERATURE.format(-1.18));
        assertEquals("84", CalendarMetric.SLEEP.format(84));
    }

    @Test
    void personalThirdsFollowTheWearersOwnValues() {
        double[] hr = {50, 51, 52, 53, 54, 55, 56, 57, 58, Double.NaN};
        BandScale lowestHr = CalendarMetric.LOWEST_HEART_RATE.scale(hr);
        assertEquals(DayBand.OPTIMAL, lowestHr.band(50), "a low resting heart rate is the good end");
        assertEquals(DayBand.ATTENTION, lowestHr.band(58));
        BandScale hrv = CalendarMetric.HRV.scale(hr);
        assertEquals(DayBand.OPTIMAL, hrv.band(58), "a high HRV is the good end");
        assertEquals(DayBand.ATTENTION, hrv.band(50));
        assertTrue(lowestHr.note().contains("your own"));
    }

    @Test
    void tooFewValuesForThirdsSplitInTwo() {
        BandScale one = CalendarMetric.HRV.scale(new double[] {48, Double.NaN});
        assertEquals(2, one.legend().size());
        assertEquals(DayBand.OPTIMAL, one.band(48));
        assertEquals(DayBand.ATTENTION, one.band(40));
    }

    @Test
    void eachDayGetsTheChosenMetricsValueAndBand() {
        CalendarViewModel vm = viewModel(history);
        LocalDate day = history.dailySleepByDay().lastKey();
        int sleep = history.dailySleep(day).orElseThrow().score();
        DayCell cell = vm.cell(day);
        assertEquals(Integer.toString(sleep), cell.text());
        assertEquals(BandScale.scores().band(sleep), cell.band());

        vm.metricProperty().set(CalendarMetric.READINESS);
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
        vm.metricProperty().set(CalendarMetric.ACTIVITY);
        assertTrue(history.days().stream().noneMatch(d -> vm.cell(d).hasValue()));
    }

    @Test
    void offersOnlyTheMetricsTheDataHas() {
        List<CalendarMetric> historyMetrics = viewModel(history).availableMetrics();
        assertTrue(historyMetrics.contains(CalendarMetric.TEMPERATURE));
        assertFalse(historyMetrics.contains(CalendarMetric.STEPS), "no daily_activity in the history");
        assertFalse(historyMetrics.contains(CalendarMetric.HRV), "no sleep periods in the history");
        List<CalendarMetric> notebookMetrics = viewModel(notebook).availableMetrics();
        assertTrue(notebookMetrics.contains(CalendarMetric.STEPS));
        assertTrue(notebookMetrics.contains(CalendarMetric.LOWEST_HEART_RATE));
    }

    @Test
    void lowestHeartRateComesFromTheMainSleep() {
        CalendarViewModel vm = viewModel(notebook);
        vm.metricProperty().set(CalendarMetric.LOWEST_HEART_RATE);
        LocalDate day = notebook.sleepDays().first();
        Integer lowest = notebook.mainSleep(day).orElseThrow().vitals().lowestHeartRate();
        assertEquals(lowest == null ? Double.NaN : lowest.doubleValue(), vm.value(day));
    }

    @Test
    void theCalendarShowsTheOneListOfDayMetrics() {
        CalendarViewModel vm = viewModel(notebook);
        for (CalendarMetric m : CalendarMetric.values()) {
            vm.metricProperty().set(m);
            for (LocalDate day : notebook.days()) {
                assertEquals(m.metric().value(notebook, day), vm.value(day), m + " " + day);
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
