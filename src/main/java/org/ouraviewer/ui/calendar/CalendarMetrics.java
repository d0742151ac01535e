package org.ouraviewer.ui.calendar;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.model.DailyResilience;

/**
 * How the calendar shows any {@link DayMetric}: its colour scale and the text of a day's cell. The calendar
 * offers the one list of day metrics as it is, so a new metric needs nothing here: it is coloured relative to
 * the wearer's usual range and its cell reads by its unit. Only what reads better is named: Oura's scores keep
 * Oura's bands, the temperature deviation (already relative to the wearer's baseline) its fixed steps from
 * zero, bedtime its clock time.
 */
final class CalendarMetrics {
    /** The metrics Oura gives score bands (85+, 70–84, below 70), and that every data set can have. */
    static final Set<DayMetric> SCORES = EnumSet.of(DayMetric.SLEEP_SCORE, DayMetric.READINESS_SCORE,
            DayMetric.ACTIVITY_SCORE);

    private CalendarMetrics() {
    }

    /** The colour scale of {@code metric} over its values in {@code series} (all the days loaded). */
    static BandScale scale(DayMetric metric, DailySeries series) {
        if (SCORES.contains(metric)) {
            return BandScale.scores();
        }
        if (metric == DayMetric.TEMPERATURE_DEVIATION) {
            return BandScale.deviation(0.4, 1.0, metric.unit());
        }
        double[] values = Arrays.stream(series.toArray()).filter(v -> !Double.isNaN(v)).toArray();
        return BandScale.relativeToUsual(Baseline.of(series), Arrays.stream(values).min().orElse(Double.NaN),
                Arrays.stream(values).max().orElse(Double.NaN), v -> legendText(metric, v));
    }

    /**
     * The value as a day's cell shows it, short, without the unit (the legend says it): {@code 84},
     * {@code 9.8k}, {@code 7:12} (hours of a duration), {@code 23:30}, {@code +0.3}, {@code 14.5}.
     */
    static String cellText(DayMetric metric, double value) {
        if (metric == DayMetric.TEMPERATURE_DEVIATION) {
            return signedTenths(value);
        }
        if (metric == DayMetric.BEDTIME_MIN) {
            return metric.readable(value);
        }
        if ("s".equals(metric.unit())) {
            long minutes = Math.round(value / 60);
            return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%.1fk", value / 1000);
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A value with its unit, for the legend: {@code 7:12 h}, {@code 54 bpm}; a resilience level as its word. */
    static String legendText(DayMetric metric, double value) {
        if (metric == DayMetric.RESILIENCE_LEVEL) {
            int level = (int) Math.max(1, Math.min(DailyResilience.LEVELS.size(), Math.round(value)));
            return DailyResilience.LEVELS.get(level - 1);
        }
        return metric.readable(value);
    }

    /** {@code +0.3}, {@code -1.2}; a value that rounds to zero reads {@code +0.0}, never {@code -0.0}. */
    static String signedTenths(double value) {
        return String.format(Locale.ROOT, "%+.1f", Math.round(value * 10) / 10.0 + 0.0);
    }
}
