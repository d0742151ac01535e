package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/** The Trends CSV in both header generations, as any subset of columns in any order, and beside richer data. */
class TrendsCsvTest {
    private static final LocalDate DAY = LocalDate.of(2020, 3, 2);

    @TempDir
    Path dir;

    private OuraData load(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        LoadResult r = DataLoader.load(List.of(dir.resolve(name)));
        assertEquals("trends-csv", r.files().get(0).format(), r.files()::toString);
        assertEquals(0, r.files().get(0).skipped(), r.files()::toString);
        return r.data();
    }

    @Test
    void the2020HeaderWithTranquilityAndTwoSleepTimingColumns() throws IOException {
        OuraData d = load("oura_2020-03-01_2020-03-02_trends.csv",
                "date,Sleep Score,Total Sleep Score,REM Sleep Score,Deep Sleep Score,Sleep Efficiency Score,"
                + "Sleep Tranquility Score,Sleep Latency Score,Sleep Timing,Total Sleep Duration,Total Bedtime,"
                + "Sleep Timing,Bedtime Start,Bedtime End,Readiness Score\n"
                + "2020-03-02,81,90,70,95,88,77,60,52,27000,29400,16200,2020-03-01T23:40:00+01:00,"
                + "2020-03-02T07:50:00+01:00,None\n");
        assertEquals(Map.of("total_sleep", 90, "rem_sleep", 70, "deep_sleep", 95, "efficiency", 88,
                "restfulness", 77, "latency", 60, "timing", 52), d.dailySleep(DAY).orElseThrow().contributors());
        SleepPeriod night = d.sleepPeriods(DAY).get(0);
        assertEquals(27000, night.durations().totalSleep());
        assertEquals(29400, night.durations().timeInBed());
        assertTrue(d.dailyReadiness(DAY).isEmpty(), "None is no value");
    }

    @Test
    void anySubsetOfColumnsInAnyOrder() throws IOException {
        OuraData d = load("mine.csv", "Steps,Readiness Score,date\n4000,,2020-03-02\n5000,77,2020-03-03\n");
        assertEquals(4000, d.dailyActivity(DAY).orElseThrow().steps());
        assertNull(d.dailyActivity(DAY).orElseThrow().score());
        assertEquals(77, d.dailyReadiness(DAY.plusDays(1)).orElseThrow().score());
        assertTrue(d.sleepPeriods(DAY).isEmpty(), "no bedtimes, no night");
    }

    @Test
    void aTrendsNightNeverHidesANightWithAHypnogram() throws IOException {
        Path notebook = TestFiles.samples("open-humans-notebook/oura-v2-sleep.json");
        Files.writeString(dir.resolve("trends.csv"), "date,Sleep Score,Total Sleep Duration,Bedtime Start,Bedtime End\n"
                + "2022-12-01,60,20000,2022-12-01T00:40:00+00:00,2022-12-01T08:00:00+00:00\n");
        OuraData d = DataLoader.load(List.of(dir.resolve("trends.csv"), notebook)).data();
        List<SleepPeriod> nights = d.sleepPeriods(LocalDate.of(2022, 12, 1));
        assertEquals(1, nights.size());
        assertEquals(24210, nights.get(0).durations().totalSleep(), "the notebook's night, with its hypnogram");
        assertEquals(60, d.dailySleep(LocalDate.of(2022, 12, 1)).orElseThrow().score(),
                "the notebook has no daily_sleep here: the Trends score fills in");
    }
}
