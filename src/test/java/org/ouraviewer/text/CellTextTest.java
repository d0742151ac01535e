package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellTextTest {
    @Test
    void durationsReadAsHoursAndMinutes() {
        assertEquals("0:11", CellText.duration(Duration.ofMinutes(11)));
        assertEquals("12:05", CellText.duration(Duration.ofMinutes(12 * 60 + 5)));
        assertEquals("2 d 3:00", CellText.duration(Duration.ofHours(51)));
        assertEquals("", CellText.duration(null));
        assertEquals("", CellText.duration(Duration.ofMinutes(-3)));
        assertEquals("44", CellText.minutes(Duration.ofSeconds(44 * 60 + 10)));
    }

    @Test
    void daysCarryTheirWeekday() {
        assertEquals("2024-10-09 Wed", CellText.day(LocalDate.of(2024, 10, 9)));
        assertEquals("", CellText.day(null));
    }

    @Test
    void numbersForFilesUseAPlainDot() {
        assertEquals("1234.5", CellText.plainNumber(1234.54, 1));
        assertEquals("1,235", CellText.number(1234.6, 0));
        assertEquals("", CellText.number(null, 2));
        assertEquals("5,000", CellText.count(5000));
        assertEquals("10,741:10", CellText.hours(Duration.ofMinutes(10_741 * 60 + 10)));
    }
}
