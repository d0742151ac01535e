package org.ouraviewer.metrics.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.RestModePeriod;

/** The activity day built by hand: windows, a trip, the Hub's series, and the day numbers as metrics. */
class ActivityDaysTest {
    private static final LocalDate MAR5 = LocalDate.of(2024, 3, 5);

    private static OuraData fixture() throws URISyntaxException {
        return DataLoader.load(List.of(Path.of(ActivityDaysTest.class.getResource("/day").toURI()))).data();
    }

    @Test
    void aTripEastMakesTwoWindowsOverlapAndARowCountsInBoth() {
        RecordBatch.Builder b = new RecordBatch.Builder();
        b.add(new DailyActivity("a5", MAR5, 70, 1, 1, 1, OffsetDateTime.parse("2024-03-05T04:00:00+01:00"), "11", null));
        b.add(new DailyActivity("a6", MAR5.plusDays(1), 70, 1, 1, 1,
                OffsetDateTime.parse("2024-03-06T04:00:00+09:00"), "5", null));
        long inBoth = OffsetDateTime.parse("2024-03-05T20:00:00Z").toEpochSecond();
        b.addHeartRate(inBoth, 80, HeartRateSource.LIVE);
        OuraData data = OuraData.merge(List.of(b.build()));
        ActivityDay home = ActivityDays.of(data, MAR5);
        ActivityDay away = ActivityDays.of(data, MAR5.plusDays(1));
        assertEquals("2024-03-06T04:00+01:00", home.window().end().toString());
        assertEquals("2024-03-06T04:00+09:00", away.window().start().toString()); // 2024-03-05T19:00Z
        assertEquals(1, home.heartRate().size());
        assertEquals(1, away.heartRate().size());
        assertEquals(HeartRateSource.LIVE, away.heartRate().source(0));
        assertEquals(List.of(new ClassRun(ActivityClass.HIGH, away.window().start(),
                away.window().start().plusMinutes(5))), away.classRuns());
    }

    @Test
    void withoutActivityOrSleepTheWindowIsUtcAndTheDayIsEmpty() {
        ActivityDay d = ActivityDays.of(OuraData.EMPTY, MAR5);
        assertEquals("2024-03-05T04:00Z", d.window().start().toString());
        assertTrue(d.isEmpty());
        assertTrue(d.classSeconds().isEmpty());
        assertNull(d.met());
    }

    @Test
    void classRunsSkipCharactersThatAreNoClass() {
        OffsetDateTime t = OffsetDateTime.parse("2024-03-05T04:00:00+01:00");
        assertEquals(List.of(new ClassRun(ActivityClass.REST, t, t.plusMinutes(5)),
                new ClassRun(ActivityClass.LOW, t.plusMinutes(10), t.plusMinutes(20))),
                ActivityDays.classRuns("1x33", t));
        assertEquals(600, ActivityDays.classSeconds("1x33").get(ActivityClass.LOW));
        assertEquals(0, ActivityDays.classSeconds("1x33").get(ActivityClass.HIGH));
    }

    @Test
    void theHubSeriesInTheWindowAndTheRecordsOfTheDay() throws URISyntaxException {
        ActivityDay d = ActivityDays.of(fixture(), MAR5);
        assertEquals(2, d.daytimeStress().size()); // the 6th's 09:00 is outside
        assertEquals(40.0, d.daytimeStress().value(0));
        assertTrue(Double.isNaN(d.daytimeRecovery().value(0))); // an empty cell is a gap
        assertEquals(10.0, d.daytimeRecovery().value(1));
        assertEquals(2, d.skinTemperature().size());
        assertEquals(33.6, d.skinTemperature().value(1));
        assertEquals(450, d.activity().targetCalories());
        assertEquals(100, d.activity().contributors().get("move_every_hour"));
        assertEquals("solid", d.resilience().level());
        assertEquals(44.5, d.vo2Max().vo2Max()); // the later of the day's two, listed first
        assertEquals(41, d.cardiovascularAge().vascularAge());
    }

    @Test
    void everyNumberOfTheDayIsAMetricAndAbsentIsNaN() throws URISyntaxException {
        OuraData data = fixture();
        double[][] expected = {
            {DayMetric.ACTIVE_CALORIES.ordinal(), 420}, {DayMetric.TOTAL_CALORIES.ordinal(), 2510},
            {DayMetric.HIGH_ACTIVITY_S.ordinal(), 300}, {DayMetric.MEDIUM_ACTIVITY_S.ordinal(), 300},
            {DayMetric.LOW_ACTIVITY_S.ordinal(), 300}, {DayMetric.SEDENTARY_S.ordinal(), 900},
            {DayMetric.NON_WEAR_S.ordinal(), 300}, {DayMetric.LATENCY_S.ordinal(), 600},
            {DayMetric.TIME_IN_BED_S.ordinal(), 28800}, {DayMetric.AVERAGE_HR.ordinal(), 55.5},
            {DayMetric.RECOVERY_HIGH_S.ordinal(), 1800}, {DayMetric.RESILIENCE_LEVEL.ordinal(), 3},
            {DayMetric.CARDIOVASCULAR_AGE.ordinal(), 41}, {DayMetric.VO2_MAX.ordinal(), 44.5},
            {DayMetric.BREATHING_DISTURBANCE_INDEX.ordinal(), 3}};
        for (double[] e : expected) {
            DayMetric m = DayMetric.values()[(int) e[0]];
            assertEquals(e[1], m.value(data, MAR5), m.id());
            assertTrue(Double.isNaN(m.value(data, MAR5.plusDays(1))), m.id() + " on a day without it");
        }
        assertEquals("Stress", DayMetric.RESILIENCE_LEVEL.group().label());
    }

    private static RestModePeriod rest(String id, LocalDate startDay, LocalDate endDay, String start, String end) {
        return new RestModePeriod(id, startDay, endDay, start == null ? null : OffsetDateTime.parse(start),
                end == null ? null : OffsetDateTime.parse(end), List.of());
    }

    /** Rest mode overlapping the window: a span, a moment in it, one still running, one without a time. */
    @Test
    void restModePeriodsOverlappingTheWindow() {
        DayWindow w = new DayWindow(MAR5, OffsetDateTime.parse("2024-03-05T04:00:00+01:00"),
                OffsetDateTime.parse("2024-03-06T04:00:00+01:00"));
        List<RestModePeriod> periods = List.of(
                rest("before", MAR5.minusDays(1), MAR5.minusDays(1), "2024-03-04T09:00:00+01:00",
                        "2024-03-05T04:00:00+01:00"), // ends as the window starts
                rest("across", MAR5.minusDays(1), MAR5, "2024-03-04T09:00:00+01:00", "2024-03-05T09:00:00+01:00"),
                rest("moment", MAR5, MAR5, "2024-03-05T11:00:00+01:00", "2024-03-05T11:00:00+01:00"),
                rest("momentAtStart", MAR5, MAR5, "2024-03-05T04:00:00+01:00", "2024-03-05T04:00:00+01:00"),
                rest("running", MAR5.minusDays(30), null, "2024-02-04T09:00:00+01:00", null),
                rest("untimed", MAR5.minusDays(1), MAR5, null, null),
                rest("untimedBefore", MAR5.minusDays(3), MAR5.minusDays(2), null, null),
                rest("after", MAR5.plusDays(1), MAR5.plusDays(1), "2024-03-06T04:00:00+01:00",
                        "2024-03-06T05:00:00+01:00"));
        assertEquals(List.of("running", "across", "momentAtStart", "moment", "untimed"),
                ActivityDays.restMode(periods, w).stream().map(RestModePeriod::id).toList());
    }
}
