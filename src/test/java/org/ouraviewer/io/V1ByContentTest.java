package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.ouraviewer.model.ActivityTimes;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SampleSeries;

/**
 * V1 documents are told by their content wherever they are (issue 17): a V1 activity day, which has a
 * {@code total} as a sleep period does, was taken for a sleep period and skipped ("bedtime_start is missing").
 */
class V1ByContentTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2019, 3, 1);

    @TempDir
    Path dir;

    /** A copy of a hand-made sample under a name of the caller's choosing (names are only hints). */
    private Path copy(String sample, String name) throws IOException {
        return Files.copy(TestFiles.samples("hand-made/" + sample), dir.resolve(name));
    }

    private static List<Object> report(FileReport f) {
        return List.of(f.format(), f.kind(), f.records(), f.skipped(), String.valueOf(f.warning()),
                String.valueOf(f.error()));
    }

    @Test
    void aBareV1ActivityArrayIsActivityEvenInAFileNamedSleep() throws IOException {
        LoadResult r = DataLoader.load(List.of(copy("v1-activity-2019.json", "oura_sleep.json")));
        assertEquals(List.of("json", "v1", 3, 0, "null", "null"), report(r.files().get(0)));
        OuraData data = r.data();
        assertEquals(3, data.recordCounts().get(OuraKind.DAILY_ACTIVITY));
        assertNull(data.recordCounts().get(OuraKind.SLEEP));
        assertEquals(List.of(87, 75, 64),
                data.dailyActivityByDay().values().stream().map(DailyActivity::score).toList());
    }

    @Test
    void aV1ActivityDayMapsToDailyActivityValueByValue() throws IOException {
        OuraData data = DataLoader.load(List.of(copy("v1-activity-2019.json", "activity.json"))).data();
        DailyActivity a = data.dailyActivity(MARCH_1).orElseThrow();
        OffsetDateTime dayStart = OffsetDateTime.parse("2019-03-01T04:00:00-07:00");
        assertEquals(MARCH_1, a.day());
        assertEquals(dayStart, a.start());
        assertEquals(List.of(87, 9206, 416, 2540),
                List.of(a.score(), a.steps(), a.activeCalories(), a.totalCalories()));
        assertEquals("0011122233345", a.class5Min());
        SampleSeries met = a.met();
        assertEquals(dayStart, met.start());
        assertEquals(60, met.intervalSeconds());
        assertArrayEquals(new float[] {1.2f, 0.9f, 0.9f, 3.5f, 5.0f}, met.toArray());
        // V1 counts minutes (high 7, medium 49, low 224, inactive 429, rest 426, non_wear 10), V2 seconds
        assertEquals(new ActivityTimes(420, 2940, 13440, 25740, 25560, 600), a.times());
    }

    @Test
    void theV1CloudExportReadsAllThreeKinds() throws IOException {
        LoadResult r = DataLoader.load(List.of(copy("v1-cloud-export.json", "export (1).json")));
        FileReport f = r.files().get(0);
        // 2 activity days, 1 sleep period and its day's sleep score, 1 readiness
        assertEquals(List.of("json", "v1", 5, 0, "null", "null"), report(f));
        assertEquals(Map.of("v1", 5), f.kinds());
        OuraData data = r.data();
        LocalDate march2 = MARCH_1.plusDays(1); // V1 dates a night by its evening, V2 by the day it counts for
        assertEquals(List.of(MARCH_1, march2), List.copyOf(data.dailyActivityByDay().keySet()));
        assertEquals(1, data.sleepPeriods(march2).size());
        assertEquals("422213322124", data.sleepPeriods(march2).get(0).phases5Min());
        assertEquals(70, data.dailySleep(march2).orElseThrow().score());
        assertEquals(81, data.dailyReadiness(march2).orElseThrow().score());
    }

    @Test
    void aBareV1ReadinessArray() throws IOException {
        LoadResult r = DataLoader.load(List.of(copy("v1-readiness-2019.json", "data.json")));
        assertEquals(List.of("json", "v1", 2, 0, "null", "null"), report(r.files().get(0)));
        DailyReadiness d = r.data().dailyReadiness(LocalDate.of(2019, 3, 3)).orElseThrow();
        assertEquals(72, d.score());
        assertEquals(Map.of("previous_night", 70, "sleep_balance", 80, "previous_day_activity", 90,
                "activity_balance", 85, "resting_heart_rate", 95, "hrv_balance", 60, "recovery_index", 100,
                "body_temperature", 98), d.contributors());
        assertEquals(81, r.data().dailyReadiness(MARCH_1.plusDays(1)).orElseThrow().score());
    }

    @Test
    void aV1SleepArrayIsSleepByItsContent() throws IOException {
        Path f = dir.resolve("activity.json"); // a lying name: the hypnogram and bedtimes say sleep
        Files.writeString(f, "[{\"summary_date\":\"2019-03-01\",\"total\":3300,\"is_longest\":1,\"score\":70,"
                + "\"bedtime_start\":\"2019-03-01T23:10:00-07:00\",\"bedtime_end\":\"2019-03-02T00:10:00-07:00\","
                + "\"hypnogram_5min\":\"422213322124\"}]");
        OuraData data = DataLoader.load(List.of(f)).data();
        assertEquals(1, data.sleepPeriods(MARCH_1.plusDays(1)).size());
        assertNull(data.recordCounts().get(OuraKind.DAILY_ACTIVITY));
    }
}
