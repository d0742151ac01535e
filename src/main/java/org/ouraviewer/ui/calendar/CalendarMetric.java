package org.ouraviewer.ui.calendar;

import java.util.Locale;
import org.ouraviewer.metrics.DayMetric;

/**
 * The day metrics the calendar colours the days by: a short label for the switch and a colour scale, over
 * the values of the one list of day metrics ({@link DayMetric}), so the calendar, the Trends tab and the
 * commands agree on every number.
 */
public enum CalendarMetric {
    SLEEP("Sleep", DayMetric.SLEEP_SCORE),
    READINESS("Readiness", DayMetric.READINESS_SCORE),
    ACTIVITY("Activity", DayMetric.ACTIVITY_SCORE),
    STEPS("Steps", DayMetric.STEPS),
    LOWEST_HEART_RATE("Lowest HR", DayMetric.LOWEST_HR),
    HRV("HRV", DayMetric.AVERAGE_HRV),
    TEMPERATURE("Temperature", DayMetric.TEMPERATURE_DEVIATION);

    private final String label;
    private final DayMetric metric;

    CalendarMetric(String label, DayMetric metric) {
        this.label = label;
        this.metric = metric;
    }

    /** Short, for the metric switch. */
    public String label() {
        return label;
    }

    /** The day metric behind it. */
    public DayMetric metric() {
        return metric;
    }

    /** Long, for the legend and tooltips. */
    public String description() {
        return metric.description();
    }

    public String unit() {
        return metric.unit();
    }

    /** The scale for this metric; personal scales look at {@code values} (NaN where missing). */
    public BandScale scale(double[] values) {
        return switch (this) {
            case SLEEP, READINESS, ACTIVITY -> BandScale.scores();
            case STEPS -> BandScale.higherIsBetter(10_000, 7_500, "10,000 and above", "7,500–9,999",
                    "below 7,500", "step counts");
            case LOWEST_HEART_RATE -> BandScale.personalThirds(values, false, CalendarMetric::integer, unit());
            case HRV -> BandScale.personalThirds(values, true, CalendarMetric::integer, unit());
            case TEMPERATURE -> BandScale.deviation(0.4, 1.0, unit());
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
}
