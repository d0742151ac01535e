package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.ouraviewer.model.ActivityTimes;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepVitals;

/**
 * The one list of day metrics (CLI.md, <i>Metrics</i>): the same names in the Calendar, the Trends tab and
 * the commands. A day without the data has no value ({@link Double#Double.NaN}), never zero.
 *
 * <ul>
 * <li>Scores, steps, temperature deviation, SpO2 and high stress come from the day's daily documents.</li>
 * <li>{@link #TOTAL_SLEEP_S} is all the day's sleep: the sum of {@code total_sleep_duration} over the
 *     periods whose {@code day} is that day and whose type is {@code long_sleep}, {@code sleep} or
 *     {@code late_nap} (rest, deleted and unknown periods are left out); no value when none of them has
 *     one.</li>
 * <li>{@link #DEEP_SLEEP_S}, {@link #REM_SLEEP_S}, {@link #EFFICIENCY}, {@link #LOWEST_HR},
 *     {@link #AVERAGE_HRV} and {@link #AVERAGE_BREATH} are the record's own numbers of the day's main sleep
 *     ({@link org.ouraviewer.model.MainSleep}), not sums over the day: CLI.md puts all six under "of the
 *     day's main sleep", and the efficiency of a day's naps added up would mean nothing. A day without a
 *     {@code long_sleep} has no value for them.</li>
 * <li>{@link #BEDTIME_MIN} is the main sleep's start on the clock it was recorded in, in minutes after
 *     noon (23:30 is 690, 00:30 is 750, 11:59 is 1439), seconds included as a fraction of a minute
 *     (23:22:30 is 682.5), so that a trip abroad moves bedtimes with the local clock as lived.</li>
 * </ul>
 * Every other number of a day is the record's own field (CLI.md, <i>Metrics</i>): the activity's calories and
 * seconds per class, the main sleep's latency, time in bed and average heart rate, the daily stress's high
 * recovery, the resilience level as 1–5, the cardiovascular age, the day's latest VO2 max and the SpO2
 * breathing disturbance index. Each metric has a {@link MetricGroup} for the Trends picker.
 * Days come from the records' {@code day} fields, so travel and clock changes never shift a value to
 * another day.
 */
public enum DayMetric {
    SLEEP_SCORE("sleep_score", "Sleep score", "Sleep score", "", MetricGroup.SLEEP,
            r -> r.sleep() == null ? Double.NaN : num(r.sleep().score())),
    READINESS_SCORE("readiness_score", "Readiness score", "Readiness score", "", MetricGroup.READINESS,
            r -> r.readiness() == null ? Double.NaN : num(r.readiness().score())),
    ACTIVITY_SCORE("activity_score", "Activity score", "Activity score", "", MetricGroup.ACTIVITY,
            r -> activity(r, DailyActivity::score)),
    STEPS("steps", "Steps", "Steps", "steps", MetricGroup.ACTIVITY, r -> activity(r, DailyActivity::steps)),
    TOTAL_SLEEP_S("total_sleep_s", "Total sleep", "Total sleep of the day, naps included", "s", MetricGroup.SLEEP,
            DayMetric::totalSleep),
    DEEP_SLEEP_S("deep_sleep_s", "Deep sleep", "Deep sleep of the main sleep", "s", MetricGroup.SLEEP,
            r -> num(durations(r).deep())),
    REM_SLEEP_S("rem_sleep_s", "REM sleep", "REM sleep of the main sleep", "s", MetricGroup.SLEEP,
            r -> num(durations(r).rem())),
    EFFICIENCY("efficiency", "Efficiency", "Sleep efficiency of the main sleep", "%", MetricGroup.SLEEP,
            r -> num(vitals(r).efficiency())),
    LOWEST_HR("lowest_hr", "Lowest heart rate", "Lowest heart rate of the main sleep", "bpm", MetricGroup.HEART,
            r -> num(vitals(r).lowestHeartRate())),
    AVERAGE_HRV("average_hrv", "Average HRV", "Average HRV of the main sleep", "ms", MetricGroup.HEART,
            r -> num(vitals(r).averageHrv())),
    AVERAGE_BREATH("average_breath", "Breathing rate", "Average breathing rate of the main sleep", "/min",
            MetricGroup.SLEEP, r -> num(vitals(r).averageBreath())),
    TEMPERATURE_DEVIATION("temperature_deviation", "Temperature deviation", "Temperature deviation", "°C",
            MetricGroup.READINESS, r -> r.readiness() == null ? Double.NaN : num(r.readiness().temperatureDeviation())),
    BEDTIME_MIN("bedtime_min", "Bedtime", "Bedtime of the main sleep, minutes after noon", "min", MetricGroup.SLEEP,
            r -> r.mainSleep() == null ? Double.NaN : minutesAfterNoon(r.mainSleep().start().toLocalTime())),
    SPO2("spo2", "SpO2", "Average blood oxygen", "%", MetricGroup.SLEEP,
            r -> r.spo2() == null ? Double.NaN : num(r.spo2().averagePercent())),
    STRESS_HIGH_S("stress_high_s", "High stress", "Time in high stress", "s", MetricGroup.STRESS,
            r -> r.stress() == null ? Double.NaN : num(r.stress().stressHigh())),
    ACTIVE_CALORIES("active_calories", "Active calories", "Active calories", "kcal", MetricGroup.ACTIVITY,
            r -> activity(r, DailyActivity::activeCalories)),
    TOTAL_CALORIES("total_calories", "Total calories", "Total calories", "kcal", MetricGroup.ACTIVITY,
            r -> activity(r, DailyActivity::totalCalories)),
    HIGH_ACTIVITY_S("high_activity_s", "High activity", "Time in high activity", "s", MetricGroup.ACTIVITY,
            r -> times(r, ActivityTimes::high)),
    MEDIUM_ACTIVITY_S("medium_activity_s", "Medium activity", "Time in medium activity", "s", MetricGroup.ACTIVITY,
            r -> times(r, ActivityTimes::medium)),
    LOW_ACTIVITY_S("low_activity_s", "Low activity", "Time in low activity", "s", MetricGroup.ACTIVITY,
            r -> times(r, ActivityTimes::low)),
    SEDENTARY_S("sedentary_s", "Sedentary time", "Time sedentary", "s", MetricGroup.ACTIVITY,
            r -> times(r, ActivityTimes::sedentary)),
    NON_WEAR_S("non_wear_s", "Non-wear time", "Time the ring was not worn", "s", MetricGroup.ACTIVITY,
            r -> times(r, ActivityTimes::nonWear)),
    LATENCY_S("latency_s", "Sleep latency", "Time to fall asleep in the main sleep", "s", MetricGroup.SLEEP,
            r -> num(durations(r).latency())),
    TIME_IN_BED_S("time_in_bed_s", "Time in bed", "Time in bed of the main sleep", "s", MetricGroup.SLEEP,
            r -> num(durations(r).timeInBed())),
    AVERAGE_HR("average_hr", "Average heart rate", "Average heart rate of the main sleep", "bpm", MetricGroup.HEART,
            r -> num(vitals(r).averageHeartRate())),
    RECOVERY_HIGH_S("recovery_high_s", "High recovery", "Time in high recovery", "s", MetricGroup.STRESS,
            r -> r.stress() == null ? Double.NaN : num(r.stress().recoveryHigh())),
    RESILIENCE_LEVEL("resilience_level", "Resilience", "Resilience, 1 limited to 5 exceptional", "",
            MetricGroup.STRESS, r -> r.resilience() == null ? Double.NaN : num(r.resilience().levelNumber())),
    CARDIOVASCULAR_AGE("cardiovascular_age", "Cardiovascular age", "Cardiovascular age", "years", MetricGroup.HEART,
            r -> r.cardiovascularAge() == null ? Double.NaN : num(r.cardiovascularAge().vascularAge())),
    VO2_MAX("vo2_max", "VO2 max", "VO2 max, the day's latest estimate", "ml/kg/min", MetricGroup.HEART,
            r -> r.vo2Max() == null ? Double.NaN : num(r.vo2Max().vo2Max())),
    BREATHING_DISTURBANCE_INDEX("breathing_disturbance_index", "Breathing disturbance", "Breathing disturbance index",
            "", MetricGroup.SLEEP, r -> r.spo2() == null ? Double.NaN : num(r.spo2().breathingDisturbanceIndex()));

    private final String id;
    private final String label;
    private final String description;
    private final String unit;
    private final MetricGroup group;
    private final ToDoubleFunction<DayRecords> extract;

    DayMetric(String id, String label, String description, String unit, MetricGroup group,
              ToDoubleFunction<DayRecords> extract) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.unit = unit;
        this.group = group;
        this.extract = extract;
    }

    /** The group the Trends picker lists it under. */
    public MetricGroup group() {
        return group;
    }

    /** The name in commands and JSON: {@code sleep_score}. */
    public String id() {
        return id;
    }

    /** The display name: "Sleep score", "Lowest heart rate". */
    public String label() {
        return label;
    }

    /** A longer name that says where the value comes from: "Lowest heart rate of the main sleep". */
    public String description() {
        return description;
    }

    /** The unit of the values: {@code s}, {@code bpm}, {@code °C}; empty for scores. */
    public String unit() {
        return unit;
    }

    /** The metric named {@code id} ({@code sleep_score}), if there is one. */
    public static Optional<DayMetric> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** The value on {@code day}, Double.NaN without one. For many days, {@link DayMetrics} computes all at once. */
    public double value(OuraData data, LocalDate day) {
        return of(DayRecords.of(data, day));
    }

    double of(DayRecords records) {
        return extract.applyAsDouble(records);
    }

    /** The value with its unit as text reads it: {@code 7:12 h}, {@code 23:30}, {@code 54 bpm}, {@code +0.3 °C}. */
    public String readable(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return switch (this) {
            case LATENCY_S -> whole(Math.round(value / 60.0)) + " min";
            case BEDTIME_MIN -> clock(value);
            case TEMPERATURE_DEVIATION -> String.format(Locale.ROOT, "%+.2f °C", Math.round(value * 100) / 100.0 + 0.0);
            case AVERAGE_BREATH, SPO2, VO2_MAX -> String.format(Locale.ROOT, "%.1f %s", value, unit);
            case BREATHING_DISTURBANCE_INDEX -> String.format(Locale.ROOT, "%.1f", value);
            default -> "s".equals(unit) ? hoursMinutes(value) + " h"
                    : unit.isEmpty() ? whole(value) : whole(value) + " " + unit;
        };
    }

    /** Minutes after noon of a clock time: 23:30 → 690, 00:30 → 750, 12:00 → 0; seconds as a fraction. */
    static double minutesAfterNoon(LocalTime t) {
        double minutes = t.toSecondOfDay() / 60.0 + t.getNano() / 60e9;
        return minutes >= 720 ? minutes - 720 : minutes + 720;
    }

    /** The clock time of a value in minutes after noon: 690 → "23:30". */
    static String clock(double minutesAfterNoon) {
        long m = Math.floorMod(Math.round(minutesAfterNoon) + 720, 1440);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static String hoursMinutes(double seconds) {
        long minutes = Math.round(seconds / 60);
        return (minutes / 60) + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    private static String whole(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double totalSleep(DayRecords r) {
        double sum = 0;
        boolean any = false;
        for (SleepPeriod p : r.periods()) {
            Integer total = p.durations() == null ? null : p.durations().totalSleep();
            if (p.type().countsAsSleep() && total != null) {
                sum += total;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    private static SleepDurations durations(DayRecords r) {
        SleepPeriod main = r.mainSleep();
        return main == null || main.durations() == null ? SleepDurations.NONE : main.durations();
    }

    private static SleepVitals vitals(DayRecords r) {
        SleepPeriod main = r.mainSleep();
        return main == null || main.vitals() == null ? SleepVitals.NONE : main.vitals();
    }

    private static double activity(DayRecords r, Function<DailyActivity, Integer> field) {
        return r.activity() == null ? Double.NaN : num(field.apply(r.activity()));
    }

    private static double times(DayRecords r, Function<ActivityTimes, Integer> field) {
        return r.activity() == null ? Double.NaN : num(field.apply(r.activity().times()));
    }

    private static double num(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }
}
