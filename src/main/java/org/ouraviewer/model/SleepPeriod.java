package org.ouraviewer.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One sleep period (a {@code sleep} document). It belongs to {@link #day()}, the day it counts for,
 * which is not always the date of {@link #start()}: a late nap counts for the next day.
 *
 * @param phases5Min   one character per 5 minutes from {@link #start()}: 1 deep, 2 light, 3 REM, 4 awake; may be null
 * @param movement30Sec one character per 30 s: 1 still, 2 restless, 3 tossing, 4 active; may be null
 * @param heartRate    beats per minute, usually every 300 s from its own start; may be null
 * @param hrv          ms (RMSSD), likewise; may be null
 * @param readinessScore the readiness score embedded in the period, if any
 * @param fromV1       mapped from the V1 API's {@code oura-data.json}
 */
public record SleepPeriod(String id, LocalDate day, SleepType type, OffsetDateTime start, OffsetDateTime end,
                          SleepDurations durations, SleepVitals vitals, SampleSeries heartRate, SampleSeries hrv,
                          String phases5Min, String movement30Sec, Integer readinessScore, boolean fromV1) {

    /** The true length from instants, right across a daylight-saving change. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
