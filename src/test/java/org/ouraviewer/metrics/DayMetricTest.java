package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.OuraData;

/** The day metrics of CLI.md on hand-made days: naps, two long sleeps, late naps, rest periods, trips. */
class DayMetricTest {
    @TempDir
    Path dir;

    private static final LocalDate BUSY = LocalDate.of(2024, 3, 15);

    private static String sleep(int inBed, int total, int deep, int rem, int efficiency, int lowest, double hrv,
                                double breath) {
        return ",\"time_in_bed\":" + inBed + ",\"total_sleep_duration\":" + total + ",\"deep_sleep_duration\":" + deep
                + ",\"rem_sleep_duration\":" + rem + ",\"efficiency\":" + efficiency + ",\"lowest_heart_rate\":" + lowest
                + ",\"average_hrv\":" + hrv + ",\"average_breath\":" + breath;
    }

    /** 2024-03-15: a late nap from the evening before, two long sleeps, a nap, a rest, a deleted and an untyped period. */
    private OuraData busyDay() {
        return new Fixture(dir)
                .period("2024-03-15", "late_nap", "2024-03-14T19:00:00+01:00", "2024-03-14T19:40:00+01:00",
                        ",\"time_in_bed\":2400,\"total_sleep_duration\":1800")
                .period("2024-03-15", "long_sleep", "2024-03-14T22:50:00+01:00", "2024-03-15T02:20:00+01:00",
                        sleep(12600, 11000, 2000, 2500, 87, 50, 40, 14.0))
                .period("2024-03-15", "long_sleep", "2024-03-15T03:30:00+01:00", "2024-03-15T07:40:00+01:00",
                        sleep(15000, 13500, 1500, 3600, 90, 52, 45.5, 13.5))
                .period("2024-03-15", "sleep", "2024-03-15T14:00:00+01:00", "2024-03-15T14:45:00+01:00",
                        ",\"time_in_bed\":2700,\"total_sleep_duration\":2400,\"lowest_heart_rate\":44")
                .period("2024-03-15", "rest", "2024-03-15T16:00:00+01:00", "2024-03-15T17:30:00+01:00",
                        ",\"time_in_bed\":5400,\"total_sleep_duration\":5000")
                .period("2024-03-15", "deleted", "2024-03-15T18:00:00+01:00", "2024-03-15T18:30:00+01:00",
                        ",\"total_sleep_duration\":999")
                .period("2024-03-15", "", "2024-03-15T20:00:00+01:00", "2024-03-15T20:30:00+01:00",
                        ",\"total_sleep_duration\":777")
                .dailySleep("2024-03-15", 80).readiness("2024-03-15", 70, -0.25).activity("2024-03-15", 90, 12345)
                .spo2("2024-03-15", 98.5).stress("2024-03-15", 5400)
                .load();
    }

    @Test
    void totalSleepAddsLongSleepsNapsAndLateNapsButNotRestDeletedOrUnknown() {
        OuraData data = busyDay();
        assertEquals(1800 + 11000 + 13500 + 2400, DayMetric.TOTAL_SLEEP_S.value(data, BUSY));
    }

    @Test
    void theMainSleepIsTheLongerLongSleepAndItsOwnNumbersAreTaken() {
        OuraData data = busyDay();
        // the second long sleep (15,000 s in bed) against the first (12,600 s); never the nap with its lowest HR 44
        assertEquals(1500, DayMetric.DEEP_SLEEP_S.value(data, BUSY), "the main sleep's deep sleep, not the day's sum");
        assertEquals(3600, DayMetric.REM_SLEEP_S.value(data, BUSY));
        assertEquals(90, DayMetric.EFFICIENCY.value(data, BUSY));
        assertEquals(52, DayMetric.LOWEST_HR.value(data, BUSY));
        assertEquals(45.5, DayMetric.AVERAGE_HRV.value(data, BUSY));
        assertEquals(13.5, DayMetric.AVERAGE_BREATH.value(data, BUSY));
        assertEquals(3 * 60 + 30 + 720, DayMetric.BEDTIME_MIN.value(data, BUSY), "03:30 is 930 minutes after noon");
    }

    @Test
    void dailyDocumentsGiveScoresStepsTemperatureSpo2AndStress() {
        OuraData data = busyDay();
        assertEquals(80, DayMetric.SLEEP_SCORE.value(data, BUSY));
        assertEquals(70, DayMetric.READINESS_SCORE.value(data, BUSY));
        assertEquals(90, DayMetric.ACTIVITY_SCORE.value(data, BUSY));
        assertEquals(12345, DayMetric.STEPS.value(data, BUSY));
        assertEquals(-0.25, DayMetric.TEMPERATURE_DEVIATION.value(data, BUSY));
        assertEquals(98.5, DayMetric.SPO2.value(data, BUSY));
        assertEquals(5400, DayMetric.STRESS_HIGH_S.value(data, BUSY));
    }

    @Test
    void aDayWithoutTheDataHasNoValueNeverZero() {
        OuraData data = new Fixture(dir)
                .period("2024-03-16", "rest", "2024-03-16T16:00:00+01:00", "2024-03-16T17:30:00+01:00",
                        ",\"total_sleep_duration\":5000,\"lowest_heart_rate\":50")
                .period("2024-03-17", "sleep", "2024-03-17T13:00:00+01:00", "2024-03-17T14:00:00+01:00",
                        ",\"total_sleep_duration\":3000,\"lowest_heart_rate\":50,\"average_hrv\":60")
                .period("2024-03-18", "long_sleep", "2024-03-17T23:00:00+01:00", "2024-03-18T07:00:00+01:00",
                        ",\"total_sleep_duration\":null,\"lowest_heart_rate\":null")
                .dailySleep("2024-03-18", 75)
                .load();
        LocalDate restOnly = LocalDate.of(2024, 3, 16);
        LocalDate napsOnly = LocalDate.of(2024, 3, 17);
        LocalDate nullNumbers = LocalDate.of(2024, 3, 18);
        for (DayMetric m : DayMetric.values()) {
            assertTrue(Double.isNaN(m.value(data, restOnly)), m + " on a day of rest only");
            assertTrue(Double.isNaN(m.value(data, LocalDate.of(2024, 3, 10))), m + " on a day without data");
        }
        assertEquals(3000, DayMetric.TOTAL_SLEEP_S.value(data, napsOnly));
        assertTrue(Double.isNaN(DayMetric.LOWEST_HR.value(data, napsOnly)), "a nap is never the main sleep");
        assertTrue(Double.isNaN(DayMetric.AVERAGE_HRV.value(data, napsOnly)));
        assertTrue(Double.isNaN(DayMetric.BEDTIME_MIN.value(data, napsOnly)));
        assertTrue(Double.isNaN(DayMetric.TOTAL_SLEEP_S.value(data, nullNumbers)), "null, not 0");
        assertTrue(Double.isNaN(DayMetric.LOWEST_HR.value(data, nullNumbers)));
        assertTrue(Double.isNaN(DayMetric.READINESS_SCORE.value(data, nullNumbers)));
        assertEquals(23 * 60 - 720, DayMetric.BEDTIME_MIN.value(data, nullNumbers));
    }

    @Test
    void aNightAtPlusSevenStaysOnItsDayAndItsLocalClock() {
        // in UTC this night starts at 16:19 on the 21st; it counts for the 22nd, at 23:19:42 on the clock lived
        OuraData data = new Fixture(dir)
                .period("2024-04-22", "long_sleep", "2024-04-21T23:19:42+07:00", "2024-04-22T07:01:12+07:00",
                        sleep(27690, 25000, 5000, 6000, 88, 55, 38, 15.25))
                .period("2024-04-23", "long_sleep", "2024-04-23T00:30:00+07:00", "2024-04-23T07:00:00+07:00", "")
                .load();
        LocalDate day = LocalDate.of(2024, 4, 22);
        assertEquals(23 * 60 + 19 + 42 / 60.0 - 720, DayMetric.BEDTIME_MIN.value(data, day), 1e-9);
        assertEquals(25000, DayMetric.TOTAL_SLEEP_S.value(data, day));
        assertEquals(55, DayMetric.LOWEST_HR.value(data, day));
        assertTrue(Double.isNaN(DayMetric.TOTAL_SLEEP_S.value(data, day.minusDays(1))), "nothing moved to the 21st");
        assertEquals(750, DayMetric.BEDTIME_MIN.value(data, LocalDate.of(2024, 4, 23)), "00:30 is 750");
    }

    @Test
    void bedtimeIsMinutesAfterNoonAcrossMidnightAndClockChanges() {
        assertEquals(690, DayMetric.minutesAfterNoon(LocalTime.of(23, 30)));
        assertEquals(750, DayMetric.minutesAfterNoon(LocalTime.of(0, 30)));
        assertEquals(0, DayMetric.minutesAfterNoon(LocalTime.NOON));
        assertEquals(1439, DayMetric.minutesAfterNoon(LocalTime.of(11, 59)));
        assertEquals(682.5, DayMetric.minutesAfterNoon(LocalTime.of(23, 22, 30)));
        assertEquals("23:30", DayMetric.clock(690));
        assertEquals("00:30", DayMetric.clock(750));
        // spring forward inside the night: the start as recorded, +01:00
        OuraData data = new Fixture(dir).period("2024-03-31", "long_sleep", "2024-03-30T23:30:00+01:00",
                "2024-03-31T07:30:00+02:00", ",\"time_in_bed\":25200").load();
        assertEquals(690, DayMetric.BEDTIME_MIN.value(data, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void theTableHoldsTheSameValuesAsTheDefinitions() {
        OuraData data = busyDay();
        DayMetrics all = DayMetrics.of(data);
        assertEquals(BUSY, all.firstDay());
        assertEquals(BUSY, all.lastDay());
        List<DayMetric> withValue = new java.util.ArrayList<>();
        for (DayMetric m : DayMetric.values()) {
            double v = m.value(data, BUSY);
            assertEquals(v, all.series(m).value(BUSY), m.id());
            assertEquals(Double.isNaN(v) ? 0 : 1, all.series(m).count(), m.id());
            if (!Double.isNaN(v)) {
                withValue.add(m);
            }
        }
        // every metric up to stress_high_s, and of those added since the three of the main sleep the fixture writes
        assertEquals(DayMetric.STRESS_HIGH_S.ordinal() + 1 + 3, withValue.size(), withValue.toString());
        assertEquals(withValue, all.available());
        assertTrue(DayMetrics.of(OuraData.EMPTY).isEmpty());
    }

    @Test
    void theSampleKeepsItsTripsAndClockChangesOnTheirDays() {
        OuraData data = BundledSample.DATA;
        DayMetrics all = DayMetrics.of(data);
        DailySeries bedtime = all.series(DayMetric.BEDTIME_MIN);
        // Bangkok: the night counted for 2024-04-22 starts 23:19:42 at +07:00
        assertEquals(23 * 60 + 19 + 0.7 - 720, bedtime.value(LocalDate.of(2024, 4, 22)), 1e-9);
        // the summer-time night starts 23:59:42 at +01:00
        assertEquals(23 * 60 + 59 + 0.7 - 720, bedtime.value(LocalDate.of(2024, 3, 31)), 1e-9);
        // the late nap of the 24th evening counts for the 25th, with the night of the 25th
        double total = data.sleepPeriods(LocalDate.of(2024, 2, 25)).stream()
                .mapToInt(p -> p.durations().totalSleep()).sum();
        assertEquals(total, all.series(DayMetric.TOTAL_SLEEP_S).value(LocalDate.of(2024, 2, 25)));
        assertTrue(total > data.mainSleep(LocalDate.of(2024, 2, 25)).orElseThrow().durations().totalSleep());
    }

    @Test
    void metricsAreFoundByTheirNames() {
        assertEquals(DayMetric.STRESS_HIGH_S, DayMetric.fromId("stress_high_s").orElseThrow());
        assertTrue(DayMetric.fromId("Sleep_score").isEmpty());
        assertEquals(30, DayMetric.values().length);
        assertEquals("0:05 h", DayMetric.HIGH_ACTIVITY_S.readable(300));
        assertEquals("10 min", DayMetric.LATENCY_S.readable(600));
        assertEquals("44.5 ml/kg/min", DayMetric.VO2_MAX.readable(44.5));
        assertEquals("7:12 h", DayMetric.TOTAL_SLEEP_S.readable(7 * 3600 + 12 * 60));
        assertEquals("23:30", DayMetric.BEDTIME_MIN.readable(690));
        assertEquals("+0.00 °C", DayMetric.TEMPERATURE_DEVIATION.readable(-0.001));
        assertEquals("54 bpm", DayMetric.LOWEST_HR.readable(54));
        assertEquals("-", DayMetric.SLEEP_SCORE.readable(Double.NaN));
    }
}
