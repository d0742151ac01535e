package org.ouraviewer.chart;

import org.ouraviewer.metrics.DayMetric;

/**
 * A value axis of a day metric: round ticks in the unit people read (durations and bedtimes in hours, so
 * ticks fall on 7:00 and 7:30 rather than on 25,000 s), their labels, and the axis title with the unit.
 */
public final class MetricAxis {
    private MetricAxis() {
    }

    /** How many of the metric's units make one unit of its ticks: 3600 for seconds, 60 for bedtime minutes. */
    static double tickUnit(DayMetric m) {
        return switch (m) {
            case TOTAL_SLEEP_S, DEEP_SLEEP_S, REM_SLEEP_S, STRESS_HIGH_S, RECOVERY_HIGH_S, TIME_IN_BED_S, HIGH_ACTIVITY_S,
                 MEDIUM_ACTIVITY_S, LOW_ACTIVITY_S, SEDENTARY_S, NON_WEAR_S -> 3600;
            case BEDTIME_MIN -> 60;
            default -> 1;
        };
    }

    /** A scale over {@code [min, max]} (the metric's units) with about {@code ticks} round steps of its tick unit. */
    public static ValueScale scale(DayMetric m, double min, double max, int ticks, double top, double bottom) {
        double unit = tickUnit(m);
        ValueScale s = ValueScale.nice(min / unit, max / unit, ticks, top, bottom);
        return new ValueScale(s.lo() * unit, s.hi() * unit, s.step() * unit, top, bottom);
    }

    /** The title of the axis: the metric's name and its unit ("Total sleep (h)", "Bedtime (clock)"). */
    public static String title(DayMetric m) {
        return switch (m) {
            case TOTAL_SLEEP_S, DEEP_SLEEP_S, REM_SLEEP_S, STRESS_HIGH_S, RECOVERY_HIGH_S, TIME_IN_BED_S, HIGH_ACTIVITY_S,
                 MEDIUM_ACTIVITY_S, LOW_ACTIVITY_S, SEDENTARY_S, NON_WEAR_S -> m.label() + " (h)";
            case BEDTIME_MIN -> m.label() + " (clock)";
            default -> m.unit().isEmpty() ? m.label() : m.label() + " (" + m.unit() + ")";
        };
    }

    /** A tick's label, without the unit (the title has it): {@code 7:30}, {@code 23:00}, {@code +0.5}, {@code 8000}. */
    public static String tick(DayMetric m, double value) {
        return switch (m) {
            case TOTAL_SLEEP_S, DEEP_SLEEP_S, REM_SLEEP_S, STRESS_HIGH_S, RECOVERY_HIGH_S, TIME_IN_BED_S, HIGH_ACTIVITY_S,
                 MEDIUM_ACTIVITY_S, LOW_ACTIVITY_S, SEDENTARY_S, NON_WEAR_S -> {
                long minutes = Math.round(value / 60);
                yield minutes / 60 + (minutes % 60 < 10 ? ":0" : ":") + minutes % 60;
            }
            case BEDTIME_MIN -> {
                long minutes = Math.floorMod(Math.round(value) + 720, 1440);
                yield (minutes / 60 < 10 ? "0" : "") + minutes / 60 + (minutes % 60 < 10 ? ":0" : ":") + minutes % 60;
            }
            case TEMPERATURE_DEVIATION -> (value > 0.0005 ? "+" : "")
                    + NightNumbers.fixed(value + 0.0, Math.abs(value * 10 - Math.rint(value * 10)) < 1e-6 ? 1 : 2);
            default -> value == Math.rint(value) ? Long.toString((long) value) : NightNumbers.fixed(value, 1);
        };
    }

    /**
     * A difference of two means with its sign and unit, as text reads it: {@code −8.2}, {@code +0:25 h},
     * {@code −12 min} (bedtime: later or earlier), {@code +1.4 bpm}.
     */
    public static String difference(DayMetric m, double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        String sign = value > 0 ? "+" : value < 0 ? "−" : "±";
        double a = Math.abs(value);
        return sign + switch (m) {
            case TOTAL_SLEEP_S, DEEP_SLEEP_S, REM_SLEEP_S, STRESS_HIGH_S, RECOVERY_HIGH_S, TIME_IN_BED_S, HIGH_ACTIVITY_S,
                 MEDIUM_ACTIVITY_S, LOW_ACTIVITY_S, SEDENTARY_S, NON_WEAR_S -> tick(m, a) + " h";
            case BEDTIME_MIN -> Math.round(a) + " min";
            case TEMPERATURE_DEVIATION -> NightNumbers.fixed(a, 2) + " °C";
            default -> NightNumbers.fixed(a, a >= 100 ? 0 : 1) + (m.unit().isEmpty() ? "" : " " + m.unit());
        };
    }
}
