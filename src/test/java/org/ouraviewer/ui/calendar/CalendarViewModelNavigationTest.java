package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.OuraData;

/** Moving through the calendar's view-model on real recordings: where it starts, keys, years, and no data at all. */
class CalendarViewModelNavigationTest extends CalendarViewModelFixture {
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
