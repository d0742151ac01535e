package org.ouraviewer.io.record;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The one place that says which values a field can have. Every reader and format goes through it (JSON,
 * every CSV family, V1), so a value is judged the same way wherever it comes from ({@code DATA.md}: one bad
 * value costs that value, not the record). A record whose placing is impossible (no day, a year 9999, a
 * night of three days, a heart-rate row of bpm 0) is skipped and counted; any other impossible number (an
 * efficiency of −19, a lowest heart rate of 0) is left out as that field alone, and a series longer than its
 * period is cut to what the period holds ({@link RecordFields}, {@link PeriodFit}). Nothing impossible is
 * loaded, and nothing can make a drawing allocate gigabytes.
 */
public final class FieldRanges {
    /** Oura rings record from 2015 on; V1 examples go back to 2016. Some slack on both sides. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    /** Longer than any sleep period or workout a ring records (the longest real night seen is ~15 h). */
    public static final Duration LONGEST_PERIOD = Duration.ofHours(48);
    /** Items a series may have past its period's end: the samples seen end at most one item late. */
    public static final int SERIES_SLACK = 12;

    private static final double DAY_S = 86_400;
    private static final Range SECONDS = new Range(0, 2 * DAY_S);
    private static final Range SCORE = new Range(0, 100);
    private static final Range PERCENT = new Range(0, 100);
    /** A heart that beats: 0 is no measurement, never a heart rate. */
    private static final Range BPM = new Range(1, 300);
    /** RMSSD in ms: athletes at rest reach ~250; real nights seen average 11–117, samples up to ~150. */
    private static final Range HRV = new Range(0, 500);
    private static final Range BREATHS = new Range(0, 100);
    private static final Range KCAL = new Range(0, 100_000);

    private static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry("bpm", BPM),
            Map.entry("score", SCORE),
            Map.entry("efficiency", PERCENT),
            Map.entry("lowest_heart_rate", BPM),
            Map.entry("average_heart_rate", BPM),
            Map.entry("average_hrv", HRV),
            Map.entry("average_breath", BREATHS),
            Map.entry("time_in_bed", SECONDS),
            Map.entry("total_sleep_duration", SECONDS),
            Map.entry("deep_sleep_duration", SECONDS),
            Map.entry("light_sleep_duration", SECONDS),
            Map.entry("rem_sleep_duration", SECONDS),
            Map.entry("awake_time", SECONDS),
            Map.entry("latency", SECONDS),
            Map.entry("temperature_deviation", new Range(-20, 20)),
            Map.entry("temperature_trend_deviation", new Range(-20, 20)),
            Map.entry("steps", new Range(0, 1_000_000)),
            Map.entry("active_calories", KCAL),
            Map.entry("total_calories", KCAL),
            Map.entry("calories", KCAL),
            Map.entry("distance", new Range(0, 10_000_000)),
            Map.entry("average", PERCENT), // spo2_percentage.average
            Map.entry("spo2_percentage", PERCENT), // a bare number in Oura on the Web's CSV
            Map.entry("breathing_disturbance_index", new Range(0, 1000)),
            Map.entry("stress_high", SECONDS),
            Map.entry("recovery_high", SECONDS),
            Map.entry("interval", new Range(0.001, DAY_S)),
            // V1 names
            Map.entry("duration", SECONDS),
            Map.entry("total", SECONDS),
            Map.entry("awake", SECONDS),
            Map.entry("light", SECONDS),
            Map.entry("rem", SECONDS),
            Map.entry("deep", SECONDS),
            Map.entry("onset_latency", SECONDS),
            Map.entry("hr_lowest", BPM),
            Map.entry("hr_average", BPM),
            Map.entry("rmssd", HRV),
            Map.entry("breath_average", BREATHS),
            Map.entry("cal_active", KCAL),
            Map.entry("cal_total", KCAL),
            Map.entry("is_longest", new Range(0, 1)));

    /** The values of each sample series, by the series' field name. */
    private static final Map<String, Range> SERIES = Map.of(
            "heart_rate", BPM, "hr_5min", BPM, "hrv", HRV, "rmssd_5min", HRV,
            "heart_rate_variability", HRV, "met", new Range(0, 100), "met_1min", new Range(0, 100));

    private FieldRanges() {
    }

    /** The inclusive bounds of a number. */
    public record Range(double min, double max) {
        boolean contains(double v) {
            return v >= min && v <= max;
        }
    }

    /**
     * Checks a number read from {@code field}: it must be finite, and in the field's range where one is
     * known (contributors and scores are 0–100; fields without a known range only need to be finite).
     */
    public static double check(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new RecordException(field + " is not a finite number");
        }
        Range r = RANGES.get(field);
        if (r == null && field.startsWith("score_")) {
            r = SCORE; // V1's score parts
        }
        if (r != null && !r.contains(value)) {
            throw new RecordException(field + " " + format(value) + " is out of range (" + format(r.min) + " to "
                    + format(r.max) + ")");
        }
        return value;
    }

    /** A heart-rate row's bpm: {@link #check} without the lookup, for millions of rows. */
    public static double checkBpm(double bpm) {
        if (!BPM.contains(bpm)) { // NaN and infinities are not contained either
            throw new RecordException("bpm " + format(bpm) + " is out of range (1 to 300)");
        }
        return bpm;
    }

    /** A contributor (0–100, as every Oura contributor is). */
    public static double checkContributor(String field, double value) {
        if (!Double.isFinite(value) || !SCORE.contains(value)) {
            throw new RecordException(field + " " + format(value) + " is out of range (0 to 100)");
        }
        return value;
    }

    private static final Range ANY_SAMPLE = new Range(-1e6, 1e6);

    /** The range of the items of the series {@code series}. */
    public static Range seriesRange(String series) {
        return SERIES.getOrDefault(series, ANY_SAMPLE);
    }

    /** Checks one item of a sample series against its {@link #seriesRange}; null items (NaN) are gaps and pass. */
    public static void checkSeriesItem(String series, Range r, int index, float value) {
        if (Float.isNaN(value)) {
            return;
        }
        if (Float.isInfinite(value) || !r.contains(value)) {
            throw new RecordException(series + " item " + index + " (" + format(value) + ") is out of range");
        }
    }

    public static LocalDate checkDay(String field, LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new RecordException(field + " " + day + " is not a day Oura data can have");
        }
        return day;
    }

    public static OffsetDateTime checkTime(String field, OffsetDateTime t) {
        checkDay(field, t.toLocalDate());
        return t;
    }

    /** A period that ends before it starts, or lasts longer than any a ring records, is impossible. */
    public static void checkPeriod(String what, OffsetDateTime start, OffsetDateTime end) {
        if (end.isBefore(start)) {
            throw new RecordException(what + " ends before it starts");
        }
        if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
            throw new RecordException(what + " lasts " + Duration.between(start, end).toHours()
                    + " hours: longer than any a ring records");
        }
    }

    /**
     * How many items a series of one item per {@code intervalSeconds} can have over {@code period}: one per
     * interval begun, plus {@link #SERIES_SLACK}.
     */
    public static int itemsFitting(Duration period, double intervalSeconds) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(period.getSeconds() / intervalSeconds) + SERIES_SLACK);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
