package org.ouraviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;

/** Which day a period belongs to, and its length, across time zones, daylight saving and naps. */
class SleepDaysTest {
    @TempDir
    Path dir;

    private static String period(String id, String day, String type, String start, String end, String extra) {
        return "{\"id\":\"" + id + "\",\"day\":\"" + day + "\",\"type\":\"" + type + "\",\"bedtime_start\":\"" + start
                + "\",\"bedtime_end\":\"" + end + "\"" + extra + "}";
    }

    private OuraData load(String... periods) throws IOException {
        Files.writeString(dir.resolve("oura-v2-sleep.json"), "[" + String.join(",", periods) + "]");
        LoadResult r = DataLoader.load(List.of(dir));
        assertEquals(0, r.failedCount(), r.files()::toString);
        return r.data();
    }

    @Test
    void springForwardInsideTheNight() throws IOException {
        OuraData data = load(period("a", "2024-03-31", "long_sleep", "2024-03-30T23:30:00+01:00",
                "2024-03-31T07:30:00+02:00", ",\"time_in_bed\":25200"));
        SleepPeriod p = data.sleepPeriods(LocalDate.of(2024, 3, 31)).get(0);
        assertEquals(Duration.ofHours(7), p.length(), "8 hours on the clock, 7 in fact");
        assertEquals(ZoneOffset.ofHours(1), p.start().getOffset());
        assertEquals(ZoneOffset.ofHours(2), p.end().getOffset());
        assertEquals("23:30", org.ouraviewer.text.Durations.clock(p.start()));
        assertEquals("07:30", org.ouraviewer.text.Durations.clock(p.end()));
    }

    @Test
    void fallBackInsideTheNight() throws IOException {
        OuraData data = load(period("a", "2024-10-27", "long_sleep", "2024-10-26T23:30:00+02:00",
                "2024-10-27T07:30:00+01:00", ""));
        assertEquals(Duration.ofHours(9), data.sleepPeriods(LocalDate.of(2024, 10, 27)).get(0).length());
    }

    @Test
    void aNightAtPlusSevenKeepsItsOffsetAndDay() throws IOException {
        // in UTC this night starts on the 9th; it counts for the 10th, as its day field says
        OuraData data = load(period("a", "2022-10-10", "long_sleep", "2022-10-10T00:15:00+07:00",
                "2022-10-10T08:45:00+07:00", ""));
        SleepPeriod p = data.mainSleep(LocalDate.of(2022, 10, 10)).orElseThrow();
        assertEquals(ZoneOffset.ofHours(7), p.start().getOffset());
        assertEquals(LocalDate.of(2022, 10, 9), p.start().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        assertTrue(data.sleepPeriods(LocalDate.of(2022, 10, 9)).isEmpty());
    }

    @Test
    void twoLongSleepsInOneDayAreBothKeptInOrder() throws IOException {
        OuraData data = load(
                period("b", "2024-03-15", "long_sleep", "2024-03-15T03:30:00+01:00", "2024-03-15T07:40:00+01:00", ""),
                period("a", "2024-03-15", "long_sleep", "2024-03-14T22:50:00+01:00", "2024-03-15T02:20:00+01:00", ""));
        List<SleepPeriod> day = data.sleepPeriods(LocalDate.of(2024, 3, 15));
        assertEquals(List.of("a", "b"), day.stream().map(SleepPeriod::id).toList());
        assertEquals("b", data.mainSleep(LocalDate.of(2024, 3, 15)).orElseThrow().id(), "the longer is the main sleep");
    }

    @Test
    void aLateNapCountsForTheNextDay() throws IOException {
        OuraData data = load(
                period("nap", "2024-02-25", "late_nap", "2024-02-24T19:12:00+01:00", "2024-02-24T20:09:00+01:00", ""),
                period("night", "2024-02-25", "long_sleep", "2024-02-25T00:00:00+01:00", "2024-02-25T08:22:00+01:00", ""),
                period("rest", "2024-02-25", "rest", "2024-02-25T15:00:00+01:00", "2024-02-25T16:30:00+01:00", ""));
        assertTrue(data.sleepPeriods(LocalDate.of(2024, 2, 24)).isEmpty());
        List<SleepPeriod> day = data.sleepPeriods(LocalDate.of(2024, 2, 25));
        assertEquals(List.of(SleepType.LATE_NAP, SleepType.LONG_SLEEP, SleepType.REST),
                day.stream().map(SleepPeriod::type).toList());
        assertTrue(SleepType.LATE_NAP.countsAsSleep());
        assertFalse(SleepType.REST.countsAsSleep());
        assertEquals("night", data.mainSleep(LocalDate.of(2024, 2, 25)).orElseThrow().id());
    }

    @Test
    void aDayOfNapsOnlyHasNoMainSleepButOpensOnItsLongestNap() throws IOException {
        OuraData data = load(
                period("short", "2024-02-25", "sleep", "2024-02-25T13:00:00+01:00", "2024-02-25T13:20:00+01:00", ""),
                period("long", "2024-02-25", "sleep", "2024-02-25T15:00:00+01:00", "2024-02-25T16:30:00+01:00", ""),
                period("rest", "2024-02-25", "rest", "2024-02-25T17:00:00+01:00", "2024-02-25T20:30:00+01:00", ""));
        assertTrue(data.mainSleep(LocalDate.of(2024, 2, 25)).isEmpty(), "a nap is never the main sleep");
        assertEquals("long", data.mainSleepOrLongest(LocalDate.of(2024, 2, 25)).orElseThrow().id(),
                "the longer nap, not the longer rest period");
    }

    @Test
    void aDayOfRestOnlyOpensOnItsLongestRestPeriod() throws IOException {
        OuraData data = load(
                period("a", "2024-02-25", "rest", "2024-02-25T13:00:00+01:00", "2024-02-25T13:20:00+01:00", ""),
                period("b", "2024-02-25", "deleted", "2024-02-25T15:00:00+01:00", "2024-02-25T16:30:00+01:00", ""));
        assertTrue(data.mainSleep(LocalDate.of(2024, 2, 25)).isEmpty());
        assertEquals("b", data.mainSleepOrLongest(LocalDate.of(2024, 2, 25)).orElseThrow().id());
    }

    @Test
    void theMainSleepIsTheLongestLongSleepByTimeInBedEvenWhenANapIsLonger() throws IOException {
        OuraData data = load(
                period("nap", "2024-02-25", "sleep", "2024-02-25T12:00:00+01:00", "2024-02-25T17:00:00+01:00",
                        ",\"time_in_bed\":18000"),
                period("short", "2024-02-25", "long_sleep", "2024-02-24T23:00:00+01:00", "2024-02-25T02:30:00+01:00",
                        ",\"time_in_bed\":12600"),
                period("long", "2024-02-25", "long_sleep", "2024-02-25T03:30:00+01:00", "2024-02-25T07:30:00+01:00",
                        ",\"time_in_bed\":14400"));
        assertEquals("long", data.mainSleep(LocalDate.of(2024, 2, 25)).orElseThrow().id());
        assertEquals("long", data.mainSleepOrLongest(LocalDate.of(2024, 2, 25)).orElseThrow().id());
    }

    @Test
    void allNullSeriesAreGapsNotZeros() throws IOException {
        String series = "{\"interval\":300.0,\"items\":[null,null,null],\"timestamp\":\"2024-02-25T13:00:00.000+01:00\"}";
        OuraData data = load(period("nap", "2024-02-25", "sleep", "2024-02-25T13:00:00+01:00",
                "2024-02-25T13:15:00+01:00", ",\"heart_rate\":" + series + ",\"hrv\":null,\"average_hrv\":null"));
        SleepPeriod p = data.sleepPeriods(LocalDate.of(2024, 2, 25)).get(0);
        assertEquals(3, p.heartRate().size());
        assertEquals(0, p.heartRate().presentCount());
        for (int i = 0; i < 3; i++) {
            assertTrue(p.heartRate().isGap(i));
        }
        assertNull(p.hrv());
        assertNull(p.vitals().averageHrv());
    }

    @Test
    void seriesTimesFollowTheirOwnStart() throws IOException {
        String series = "{\"interval\":300.0,\"items\":[50,null,52],\"timestamp\":\"2024-03-31T01:55:00.000+01:00\"}";
        OuraData data = load(period("a", "2024-03-31", "long_sleep", "2024-03-30T23:30:00+01:00",
                "2024-03-31T07:30:00+02:00", ",\"heart_rate\":" + series));
        SampleSeries hr = data.sleepPeriods(LocalDate.of(2024, 3, 31)).get(0).heartRate();
        assertEquals(java.time.Instant.parse("2024-03-31T01:05:00Z"), hr.time(2));
        assertEquals(52f, hr.value(2));
    }

    @Test
    void realRecordingsKeepEveryPeriodOnItsDay() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples(
                "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"))).data();
        assertEquals(48, data.recordCounts().get(OuraKind.SLEEP));
        // 2024-10-14: a rest period and a nap from the evening before, the night, and three naps
        List<SleepPeriod> day = data.sleepPeriods(LocalDate.of(2024, 10, 14));
        assertEquals(List.of(SleepType.REST, SleepType.SLEEP, SleepType.LONG_SLEEP, SleepType.SLEEP, SleepType.SLEEP,
                SleepType.SLEEP), day.stream().map(SleepPeriod::type).toList());
        assertEquals(LocalDate.of(2024, 10, 13), day.get(0).start().toLocalDate());
        // the clocks went back on 2024-10-27: offsets +02:00 before, +01:00 after
        assertEquals(ZoneOffset.ofHours(1), data.mainSleep(LocalDate.of(2024, 10, 28)).orElseThrow().start().getOffset());
        for (LocalDate d : data.sleepDays()) {
            for (SleepPeriod p : data.sleepPeriods(d)) {
                assertEquals(p.durations().timeInBed(), (int) p.length().getSeconds(), p.id());
            }
        }
    }
}
