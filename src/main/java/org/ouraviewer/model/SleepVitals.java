package org.ouraviewer.model;

/** The averages of a sleep period as the record gives them; {@code null} where absent. */
public record SleepVitals(Double averageHeartRate, Integer lowestHeartRate, Double averageHrv, Double averageBreath,
                          Integer efficiency) {
    public static final SleepVitals NONE = new SleepVitals(null, null, null, null, null);
}
