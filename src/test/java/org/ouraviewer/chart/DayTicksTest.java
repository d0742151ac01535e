package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day axis picks the finest step its labels have room for, and says the year where it changes. */
class DayTicksTest {
    private static List<String> labels(List<DayTicks.Tick> ticks) {
        return ticks.stream().map(DayTicks.Tick::label).toList();
    }

    @Test
    void aWeekAtFortyPixelsADayHasATickEveryDay() {
        List<DayTicks.Tick> ticks = DayTicks.ticks(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 3), 80, 12);
        assertEquals(List.of("29 Dec 2023", "30 Dec", "31 Dec", "1 Jan 2024", "2 Jan", "3 Jan"), labels(ticks));
        assertTrue(ticks.get(3).major(), "a new month is a major tick");
    }

    @Test
    void ninetyDaysOnAThousandPixelsTickMondays() {
        List<DayTicks.Tick> ticks = DayTicks.ticks(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 30), 11, 12);
        assertTrue(ticks.stream().allMatch(t -> t.day().getDayOfWeek() == DayOfWeek.MONDAY), labels(ticks).toString());
        assertEquals("1 Jan 2024", ticks.get(0).label());
        assertEquals(13, ticks.size());
    }

    @Test
    void sixYearsTickYearsOrMonthsByRoom() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023", "2024"), labels(DayTicks.ticks(from, to, 0.2, 12)));
        List<DayTicks.Tick> quarters = DayTicks.ticks(from, to, 1.0, 12);
        assertEquals(List.of("Jan 2019", "Apr", "Jul", "Oct", "Jan 2020"), labels(quarters).subList(0, 5));
        assertTrue(quarters.get(4).major() && !quarters.get(1).major());
    }

    @Test
    void monthsStartOnTheFirstMonthWithinTheRange() {
        List<DayTicks.Tick> ticks = DayTicks.ticks(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 5, 10), 3, 12);
        assertEquals(List.of("Feb 2024", "Mar", "Apr", "May"), labels(ticks));
    }

    @Test
    void aRangeIsCutToItsBounds() {
        DayRange bounds = new DayRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        assertEquals(new DayRange(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 31)), DayRange.last(bounds, 30));
        assertEquals(bounds, DayRange.last(bounds, 365));
        assertEquals(new DayRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10)),
                DayRange.within(bounds, LocalDate.of(2023, 12, 25), 10));
        assertEquals(91, bounds.days());
    }
}
