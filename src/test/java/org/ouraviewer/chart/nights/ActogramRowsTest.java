package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.model.OuraData;

/** Rows of the actogram: placement on the recorded local clock, lengths from instants, every period drawn. */
class ActogramRowsTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 29);

    @TempDir
    Path dir;

    private static String phases(String p) {
        return ",\"sleep_phase_5_min\":\"" + p + "\"";
    }

    /** The runs of a row: {start, end, state} in seconds after 18:00 the evening before. */
    private static List<List<Double>> runs(ActogramRows rows, int row) {
        List<List<Double>> out = new ArrayList<>();
        for (int i = rows.firstRun(row); i < rows.endRun(row); i++) {
            out.add(List.of((double) rows.runStart(i), (double) rows.runEnd(i), (double) rows.runState(i)));
        }
        return out;
    }

    private OuraData data() {
        return new Fixture(dir)
                // at home, +01:00: 23:00 to 00:00, deep deep light awake ... (12 characters)
                .period("2024-03-29", "long_sleep", "2024-03-28T23:00:00+01:00", "2024-03-29T00:00:00+01:00",
                        phases("112222333344"))
                // in Bangkok: 23:00 +07:00 is 17:00 at home; drawn at 23:00, 5 h after 18:00
                .period("2024-03-30", "long_sleep", "2024-03-29T23:00:00+07:00", "2024-03-30T06:00:00+07:00", "")
                // daylight saving begins: 23:30 +01:00 to 07:30 +02:00 is 7 hours, from 5.5 h after 18:00
                .period("2024-03-31", "long_sleep", "2024-03-30T23:30:00+01:00", "2024-03-31T07:30:00+02:00", "")
                // a late nap the evening before counts for the 1st; a nap at 13:00; a rest in the afternoon
                .period("2024-04-01", "late_nap", "2024-03-31T19:12:00+02:00", "2024-03-31T19:32:00+02:00",
                        phases("2222"))
                .period("2024-04-01", "long_sleep", "2024-03-31T23:00:00+02:00", "2024-04-01T06:00:00+02:00", "")
                .period("2024-04-01", "sleep", "2024-04-01T13:30:00+02:00", "2024-04-01T14:30:00+02:00", "")
                .period("2024-04-01", "rest", "2024-04-01T10:00:00+02:00", "2024-04-01T10:30:00+02:00", "")
                // 2024-04-02: nothing (the ring charged); 04-03: two long sleeps with a gap between
                .period("2024-04-03", "long_sleep", "2024-04-02T23:00:00+02:00", "2024-04-03T02:30:00+02:00", "")
                .period("2024-04-03", "long_sleep", "2024-04-03T03:30:00+02:00", "2024-04-03T07:30:00+02:00", "")
                .load();
    }

    @Test
    void periodsSitOnTheClockTheyWereRecordedInWithTheirTrueLength() {
        ActogramRows rows = ActogramRows.of(data(), FIRST, FIRST.plusDays(5), Set.of());
        assertEquals(6, rows.rows());
        assertEquals(5, rows.nights(), "the 2nd has no period: an empty row");
        // runs of one phase merge: 11 | 2222 | 3333 | 44, from 23:00 (5 h after 18:00)
        assertEquals(List.of(List.of(18000.0, 18600.0, 1.0), List.of(18600.0, 19800.0, 2.0),
                List.of(19800.0, 21000.0, 3.0), List.of(21000.0, 21600.0, 4.0)), runs(rows, 0));
        assertEquals(List.of(List.of(18000.0, 43200.0, (double) ActogramRows.PLAIN)), runs(rows, 1),
                "23:00 in Bangkok at 23:00; a night without a hypnogram is plain sleep");
        assertEquals(List.of(List.of(19800.0, 19800.0 + 7 * 3600, (double) ActogramRows.PLAIN)), runs(rows, 2),
                "across the change to summer time: from 23:30 for 7 hours, not to 07:30 (8 hours)");
    }

    @Test
    void everyPeriodOfTheDayIsDrawnNapsLateNapsAndRestToo() {
        ActogramRows rows = ActogramRows.of(data(), FIRST, FIRST.plusDays(5), Set.of());
        List<List<Double>> day = runs(rows, 3);
        assertEquals(List.of(4320.0, 5520.0, 2.0), day.get(0), "the late nap at 19:12 of the evening before");
        assertEquals(List.of(18000.0, 43200.0, (double) ActogramRows.PLAIN), day.get(1));
        assertEquals(List.of(57600.0, 59400.0, (double) ActogramRows.REST), day.get(2), "rest at 10:00, drawn apart");
        assertEquals(List.of(70200.0, 72000.0, (double) ActogramRows.PLAIN), day.get(3), "the nap, cut at 14:00");
        assertEquals(ActogramRows.OVERFLOW_AFTER, rows.overflow(3), "the nap runs past 14:00");
        assertEquals(0, rows.overflow(0));
        assertEquals(List.of(), runs(rows, 4), "a day without data stays empty");
        assertEquals(List.of(List.of(18000.0, 30600.0, (double) ActogramRows.PLAIN),
                List.of(34200.0, 48600.0, (double) ActogramRows.PLAIN)), runs(rows, 5),
                "two long sleeps, the hour between them a gap");
    }

    @Test
    void tagAndWorkoutDaysAreMarked() {
        OuraData data = new Fixture(dir)
                .period("2024-03-29", "long_sleep", "2024-03-28T23:00:00+01:00", "2024-03-29T06:00:00+01:00", "")
                .load();
        ActogramRows rows = ActogramRows.of(data, FIRST.minusDays(1), FIRST, Set.of(FIRST.minusDays(1)));
        assertTrue(rows.tagged(0));
        assertFalse(rows.tagged(1));
        assertEquals(FIRST, rows.day(1));
        assertEquals(1, rows.row(FIRST));
        assertEquals(-1, rows.row(FIRST.plusDays(1)));
    }

    @Test
    void theBundledSampleHasNapsTripsAndAClockChangeOnTheirClocks() {
        OuraData data = SampleData.DATA;
        LocalDate from = data.sleepDays().first();
        ActogramRows rows = ActogramRows.of(data, from, data.sleepDays().last(), Set.of());
        int periods = 0;
        for (LocalDate d : data.sleepDays()) {
            periods += data.sleepPeriods(d).size();
        }
        assertTrue(periods > rows.nights(), "days with more than one period");
        // every bedtime of the sample lies between 22:00 and 01:00 on its own clock, at home or away
        for (LocalDate d : data.sleepDays()) {
            data.mainSleep(d).ifPresent(p -> {
                int row = rows.row(d);
                float start = Float.MAX_VALUE;
                for (int i = rows.firstRun(row); i < rows.endRun(row); i++) {
                    if (rows.runStart(i) >= 3 * 3600) {
                        start = Math.min(start, rows.runStart(i));
                    }
                }
                assertTrue(start >= 4 * 3600 && start <= 7 * 3600, d + " starts at " + start / 3600 + " h after 18:00");
            });
        }
    }
}
