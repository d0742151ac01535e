package org.ouraviewer.model;

/** The durations of a sleep period in seconds, as the record gives them; {@code null} where absent. */
public record SleepDurations(Integer timeInBed, Integer totalSleep, Integer deep, Integer light, Integer rem,
                             Integer awake, Integer latency) {
    public static final SleepDurations NONE = new SleepDurations(null, null, null, null, null, null, null);
}
