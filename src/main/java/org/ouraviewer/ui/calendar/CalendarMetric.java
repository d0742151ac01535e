package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.util.Locale;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepVitals;

/** What the calendar colours the days by. */
public enum CalendarMetric {
    SLEEP("Sleep", "Sleep score", ""),
    READINESS("Readiness", "Readiness score", ""),
    ACTIVITY("Activity", "Activity score", ""),
    STEPS("Steps", "Steps", "steps"),
    LOWEST_HEART_RATE("Lowest HR", "Lowest heart rate of the main sleep", "bpm"),
    HRV("HRV", "Average HRV of the main sleep", "ms"),
    TEMPERATURE("Temperature", "Temperature deviation", "°C");

    private final String label;
    private final String description;
    private final String unit;

    CalendarMetric(String label, String description, String unit) {
        this.label = label;
        this.description = description;
        this.unit = unit;
    }

    /** Short, for the metric switch. */
    public String label() {
        return label;
    }

    /** Long, for the legend and tooltips. */
    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    /** The day's value, or NaN when the day has none (never zero for a missing value). */
    public double value(OuraData data, LocalDate day) {
        return switch (this) {
            case SLEEP -> number(data.dailySleep(day).map(DailySleep::score).orElse(null));
            case READINESS -> number(data.dailyReadiness(day).map(DailyReadiness::score).orElse(null));
            case ACTIVITY -> number(data.dailyActivity(day).map(DailyActivity::score).orElse(null));
            case STEPS -> number(data.dailyActivity(day).map(DailyActivity::steps).orElse(null));
            case LOWEST_HEART_RATE -> number(vitals(data, day).lowestHeartRate());
            case HRV -> number(vitals(data, day).averageHrv());
            case TEMPERATURE -> number(data.dailyReadiness(day).map(DailyReadiness::temperatureDeviation).orElse(null));
        };
    }

    /** The scale for this metric; personal scales look at {@code values} (NaN where missing). */
    public BandScale scale(double[] values) {
        return switch (this) {
            case SLEEP, READINESS, ACTIVITY -> BandScale.scores();
            case STEPS -> BandScale.higherIsBetter(10_000, 7_500, "10,000 and above", "7,500–9,999",
                    "below 7,500", "step counts");
            case LOWEST_HEART_RATE -> BandScale.personalThirds(values, false, CalendarMetric::integer, unit);
            case HRV -> BandScale.personalThirds(values, true, CalendarMetric::integer, unit);
            case TEMPERATURE -> BandScale.deviation(0.4, 1.0, unit);
        };
    }

    /** The value as a cell shows it: {@code 84}, {@code 9.8k}, {@code +0.3}. */
    public String format(double value) {
        return switch (this) {
            case STEPS -> value >= 1000 ? String.format(Locale.ROOT, "%.1fk", value / 1000) : integer(value);
            case TEMPERATURE -> signedTenths(value);
            default -> integer(value);
        };
    }

    /** {@code +0.3}, {@code -1.2}; a value that rounds to zero reads {@code +0.0}, never {@code -0.0}. */
    static String signedTenths(double value) {
        return String.format(Locale.ROOT, "%+.1f", Math.round(value * 10) / 10.0 + 0.0);
    }

    private static String integer(double value) {
        return Long.toString(Math.round(value));
    }

    private static SleepVitals vitals(OuraData data, LocalDate day) {
        return data.mainSleep(day).map(SleepPeriod::vitals).orElse(SleepVitals.NONE);
    }

    private static double number(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }
}
