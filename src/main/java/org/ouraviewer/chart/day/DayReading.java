package org.ouraviewer.chart.day;

import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.model.HeartRateSource;

/**
 * What the day chart shows at one moment; NaN, null or {@link org.ouraviewer.chart.SleepPhase#NONE} where
 * nothing was recorded.
 *
 * @param heartRateSource where the heart-rate row came from; null with no row
 * @param workout         the workouts covering the moment, joined by "; "; {@code session} likewise
 * @param sleep           the type of the sleep period covering the moment
 */
public record DayReading(double time, ActivityClass activityClass, float met, float heartRate,
                         HeartRateSource heartRateSource, float stress, float recovery, float skinTemperature,
                         float sessionHeartRate, float sessionHrv, String workout, String session, String sleep,
                         int phase) {
}
