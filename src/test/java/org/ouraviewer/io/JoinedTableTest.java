package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;

/**
 * A table that joined two kinds reads as the kind most of its columns fit, the rest left; a sleep period
 * without {@code day} counts for the local date of its {@code bedtime_end} (issue 17: a pandas dump of sleep
 * periods joined with daily_stress was listed as not used and none of its nights read).
 */
class JoinedTableTest {
    @TempDir
    Path dir;

    @Test
    void aPandasTableOfSleepPeriodsWithStressColumnsReadsItsNights() {
        LoadResult r = DataLoader.load(List.of(TestFiles.samples("hand-made/pandas-sleep-with-stress.csv")));
        FileReport f = r.files().get(0);
        assertEquals(List.of("csv", "sleep", 3, 0, false), List.of(f.format(), f.kind(), f.records(), f.skipped(),
                f.ignored()), f::toString);
        assertNull(f.error());
        OuraData data = r.data();
        assertEquals(Map.of(OuraKind.SLEEP, 3), data.recordCounts());
        // each counts for its bedtime_end's date on its own clock: the last ends 00:20 +01:00, 23:20 UTC the 23rd
        List<LocalDate> days = List.of(LocalDate.of(2026, 1, 22), LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 24));
        for (LocalDate day : days) {
            assertEquals(1, data.sleepPeriods(day).size(), day::toString);
        }
        SleepPeriod first = data.sleepPeriods(days.get(0)).get(0);
        assertEquals(OffsetDateTime.parse("2026-01-21T23:02:58-08:00"), first.start());
        assertEquals(SleepType.LONG_SLEEP, first.type());
        assertEquals(8100, first.durations().totalSleep());
        assertEquals(3, first.heartRate().size());
        assertEquals(2, first.heartRate().presentCount()); // Python's None is a gap
        assertEquals(77, first.readinessScore());
        assertEquals(SleepType.SLEEP, data.sleepPeriods(days.get(2)).get(0).type());
    }

    @Test
    void aJsonSleepPeriodWithoutDayCountsForTheDateItEnds() throws IOException {
        Path f = dir.resolve("sleep.json");
        Files.writeString(f, "[{\"type\":\"long_sleep\",\"bedtime_start\":\"2024-03-04T23:40:00+09:00\","
                + "\"bedtime_end\":\"2024-03-05T07:10:00+09:00\",\"stress_high\":3600}]");
        LoadResult r = DataLoader.load(List.of(f));
        assertEquals(List.of("sleep", 1, 0), List.of(r.files().get(0).kind(), r.files().get(0).records(),
                r.files().get(0).skipped()));
        assertEquals(1, r.data().sleepPeriods(LocalDate.of(2024, 3, 5)).size());
    }

    @Test
    void activityColumnsJoinedWithStressColumnsReadAsActivity() throws IOException {
        Path f = dir.resolve("joined.csv");
        Files.writeString(f, "day,score,steps,active_calories,total_calories,high_activity_time,stress_high,"
                + "recovery_high,day_summary\n2024-03-05,82,9120,420,2510,4200,3600,1800,normal\n");
        LoadResult r = DataLoader.load(List.of(f));
        assertEquals(List.of("daily_activity", 1, 0), List.of(r.files().get(0).kind(), r.files().get(0).records(),
                r.files().get(0).skipped()));
        assertEquals(9120, r.data().dailyActivity(LocalDate.of(2024, 3, 5)).orElseThrow().steps());
        assertEquals(4200, r.data().dailyActivity(LocalDate.of(2024, 3, 5)).orElseThrow().times().high());
    }
}
