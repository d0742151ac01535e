package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;

/**
 * The files real users committed publicly (samples/real-world, SOURCES.md) all load, each with the format,
 * kinds and counts it really holds (counted independently with Python's csv and json modules).
 */
class RealWorldFilesTest {
    private static final LoadResult ALL = DataLoader.load(List.of(TestFiles.samples("real-world")));

    private static FileReport file(String relative) {
        return ALL.files().stream().filter(f -> f.path().endsWith(relative)).findFirst().orElseThrow();
    }

    private static void assertFile(String relative, String format, Map<String, Integer> kinds) {
        FileReport f = file(relative);
        assertEquals(format, f.format(), f::toString);
        assertEquals(kinds, f.kinds(), f::toString);
        assertEquals(kinds.values().stream().mapToInt(Integer::intValue).sum(), f.records(), f::toString);
        assertEquals(kinds.size() == 1 ? kinds.keySet().iterator().next() : "mixed", f.kind(), f::toString);
        assertEquals(0, f.skipped(), f::toString);
        assertNull(f.error(), f::toString);
    }

    @Test
    void everyFileLoadsWithWhatItHolds() {
        assertEquals(13, ALL.files().size(), ALL.files()::toString);
        assertEquals(0, ALL.failedCount());
        assertFile("api-saved/daily_activity.json", "json", Map.of("daily_activity", 1));
        assertFile("api-saved/daily_readiness.json", "json", Map.of("daily_readiness", 1));
        assertFile("api-saved/daily_sleep.json", "json", Map.of("daily_sleep", 1));
        assertFile("api-saved/session.json", "json", Map.of("session", 1));
        assertFile("api-saved/sleep.json", "json", Map.of("sleep", 1));
        assertFile("api-saved/workout.json", "json", Map.of("workout", 2));
        // the key "sleep" holds daily_sleep documents; the script's own "daily" list is not Oura data
        assertFile("script-dumps/oura.json", "json", Map.of("daily_activity", 42, "daily_readiness", 39,
                "daily_sleep", 39, "heartrate", 845));
        assertFile("trends-csv/oura_trends.csv", "trends-csv", Map.of("daily_activity", 1098,
                "daily_readiness", 1047, "daily_sleep", 1047, "sleep", 1047));
        assertFile("web-export/daily_sleep.json", "json", Map.of("daily_sleep", 7));
        assertFile("web-export/oura_daily-readiness_2024-06-04T09-46-08.csv", "web-csv", Map.of("daily_readiness", 645));
        assertFile("web-export/oura_daily-sleep_2024-06-04T09-46-03.csv", "web-csv", Map.of("daily_sleep", 645));
        assertFile("web-export/oura_daily-spo2_2024-06-04T10-25-27.csv", "web-csv", Map.of("daily_spo2", 603));
        assertFile("web-export/oura_sleep.csv", "web-csv", Map.of("sleep", 1057));
    }

    @Test
    void aHandEditedImpossibleSampleIsAGapAndSaidSo() {
        FileReport f = file("api-saved/sleep.json");
        assertEquals("26 impossible values left out, the first in record 1 at line 3, column 9: hrv item 1 (-102) "
                + "is out of range", f.warning());
        SleepPeriod p = DataLoader.load(List.of(TestFiles.samples("real-world/api-saved/sleep.json"))).data()
                .sleepPeriods(LocalDate.of(2022, 7, 12)).get(0);
        assertTrue(p.hrv().isGap(1));
    }

    @Test
    void theWebExportNightHasItsNumbersSeriesAndOffset() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("real-world/web-export"))).data();
        SleepPeriod p = data.mainSleep(LocalDate.of(2022, 7, 10)).orElseThrow();
        assertEquals(SleepType.LONG_SLEEP, p.type());
        assertEquals(OffsetDateTime.parse("2022-07-09T23:43:40+02:00"), p.start());
        assertEquals(25860, p.durations().totalSleep());
        assertEquals(5670, p.durations().deep());
        assertEquals(44, p.vitals().lowestHeartRate());
        assertEquals(50.28, p.vitals().averageHeartRate(), 1e-9);
        assertEquals(87, p.readinessScore());
        // heart_rate_5_min "None;None;None;60;55;…": gaps stay gaps, samples from the bedtime
        assertTrue(p.heartRate().isGap(0));
        assertEquals(60f, p.heartRate().value(3));
        assertEquals(p.start().toInstant(), p.heartRate().time(0));
        assertEquals(93, p.heartRate().presentCount());
        assertEquals(70, data.dailySleep(LocalDate.of(2022, 7, 10)).orElseThrow().score());
        assertEquals(97.958, data.spo2(LocalDate.of(2022, 8, 29)).orElseThrow().averagePercent(), 1e-9);
    }

    @Test
    void theWebExportsEmptyTypeIsAnUnknownPeriodShownAsSleepNotANap() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("real-world/web-export/oura_sleep.csv"))).data();
        long unknown = data.sleepDays().stream().flatMap(d -> data.sleepPeriods(d).stream())
                .filter(p -> p.type() == SleepType.UNKNOWN).count();
        assertEquals(345, unknown);
        assertEquals("Sleep", SleepType.UNKNOWN.label());
        assertTrue(!SleepType.UNKNOWN.countsAsSleep());
    }

    @Test
    void theTrendsCsvGivesDailyScoresAndNightTotals() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("real-world/trends-csv"))).data();
        LocalDate day = LocalDate.of(2018, 12, 27);
        assertEquals(92, data.dailySleep(day).orElseThrow().score());
        assertEquals(Map.of("total_sleep", 100, "rem_sleep", 100, "deep_sleep", 97, "efficiency", 100,
                "restfulness", 87, "latency", 85, "timing", 61), data.dailySleep(day).orElseThrow().contributors());
        assertEquals(86, data.dailyReadiness(day).orElseThrow().score());
        assertEquals(-0.07, data.dailyReadiness(day).orElseThrow().temperatureDeviation(), 1e-9);
        assertEquals(84, data.dailyActivity(day).orElseThrow().score());
        assertEquals(10533, data.dailyActivity(day).orElseThrow().steps());
        SleepPeriod night = data.sleepPeriods(day).get(0);
        assertEquals(36390, night.durations().totalSleep());
        assertEquals(37620, night.durations().timeInBed());
        assertEquals(66, night.vitals().lowestHeartRate());
        assertNull(night.phases5Min(), "a Trends CSV has no hypnogram");
        assertEquals(OffsetDateTime.parse("2018-12-26T23:08:19+02:00"), night.start());
    }

    @Test
    void aScriptsKeyNamedSleepHoldingDailySleepIsReadAsDailySleep() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("real-world/script-dumps"))).data();
        assertEquals(39, data.recordCounts().get(OuraKind.DAILY_SLEEP));
        assertEquals(null, data.recordCounts().get(OuraKind.SLEEP));
        assertEquals(85, data.dailySleep(LocalDate.of(2025, 11, 12)).orElseThrow().score());
    }
}
