package org.ouraviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging batches: duplicates by id or natural key, V2 before V1, counts and days. */
class OuraDataMergeTest {
    private static final LocalDate D1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2024, 1, 2);

    private static SleepPeriod period(String id, LocalDate day, String start, boolean v1) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new SleepPeriod(id, day, SleepType.LONG_SLEEP, s, s.plusHours(7), SleepDurations.NONE, SleepVitals.NONE,
                null, null, null, null, null, v1);
    }

    @Test
    void emptyIsEmpty() {
        assertTrue(OuraData.EMPTY.isEmpty());
        assertTrue(OuraData.EMPTY.firstDay().isEmpty());
        assertTrue(OuraData.EMPTY.sleepPeriods(D1).isEmpty());
        assertTrue(OuraData.EMPTY.mainSleep(D1).isEmpty());
        assertEquals(0, OuraData.EMPTY.heartRate().size());
    }

    @Test
    void recordsRepeatByIdOrByNaturalKey() {
        RecordBatch a = new RecordBatch.Builder()
                .add(new DailySleep("x", D1, 80, Map.of()))
                .add(period("p1", D1, "2023-12-31T23:00:00+01:00", false))
                .add(new Tag(null, D1, OffsetDateTime.parse("2024-01-01T09:00:00+01:00"), List.of("tag_generic_jetlag"), null))
                .add(new Workout(null, D1, "walking", "easy", 50.0, null, OffsetDateTime.parse("2024-01-01T17:00:00+01:00"),
                        null, "confirmed", null))
                .build();
        RecordBatch b = new RecordBatch.Builder()
                .add(new DailySleep(null, D1, 80, Map.of())) // no id, same day
                .add(new DailySleep("y", D2, 70, Map.of()))
                .add(period(null, D1, "2023-12-31T22:00:00Z", false)) // the same instant without an id
                .add(new Tag("t", D1, OffsetDateTime.parse("2024-01-01T08:00:00Z"), List.of("tag_generic_jetlag"), null))
                .add(new Workout("w", D1, "walking", "easy", 50.0, null, OffsetDateTime.parse("2024-01-01T17:00:00+01:00"),
                        null, "confirmed", null))
                .build();
        OuraData data = OuraData.merge(List.of(a, b, a));
        assertEquals(Map.of(OuraKind.DAILY_SLEEP, 2, OuraKind.SLEEP, 1, OuraKind.TAG, 1, OuraKind.WORKOUT, 1),
                data.recordCounts());
        assertEquals(List.of(D1, D2), List.copyOf(data.days()));
        assertEquals("p1", data.sleepPeriods(D1).get(0).id());
    }

    @Test
    void v2BatchesWinEvenWhenV1ComesFirst() {
        RecordBatch v1 = new RecordBatch.Builder(SourceRank.V1)
                .add(period(null, D1, "2023-12-31T22:00:00+01:00", true))
                .add(period(null, D2, "2024-01-01T22:00:00+01:00", true))
                .add(new DailySleep(null, D1, 60, Map.of()))
                .build();
        RecordBatch v2 = new RecordBatch.Builder()
                .add(period("v2", D1, "2023-12-31T23:30:00+01:00", false))
                .add(new DailySleep("d", D1, 90, Map.of()))
                .build();
        OuraData data = OuraData.merge(List.of(v1, v2));
        assertEquals(List.of("v2"), data.sleepPeriods(D1).stream().map(SleepPeriod::id).toList());
        assertEquals(90, data.dailySleep(D1).orElseThrow().score());
        assertEquals(1, data.sleepPeriods(D2).size(), "V1 fills a day V2 lacks");
        assertEquals(2, data.recordCounts().get(OuraKind.SLEEP));
    }

    @Test
    void otherKindsAreCountedOnceAndGiveDays() {
        RecordBatch a = new RecordBatch.Builder().addOther(OuraKind.DAILY_RESILIENCE, "id:1", D2)
                .addOther(OuraKind.PERSONAL_INFO, "id:me", null).build();
        RecordBatch b = new RecordBatch.Builder().addOther(OuraKind.DAILY_RESILIENCE, "id:1", D2).build();
        OuraData data = OuraData.merge(List.of(a, b));
        assertEquals(1, data.recordCounts().get(OuraKind.DAILY_RESILIENCE));
        assertEquals(1, data.recordCounts().get(OuraKind.PERSONAL_INFO));
        assertEquals(D2, data.firstDay().orElseThrow());
    }
}
