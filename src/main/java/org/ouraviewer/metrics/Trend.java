package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * One metric over a range of days (CLI.md, <i>trends</i>): the daily values, the rolling mean, and the
 * means of the ISO weeks and months. Computed from the day arrays of a {@link DailySeries}, in time
 * linear in the range (times the window): cheap enough to redo on every range or window change. The rolling
 * mean is computed at once, the week and month means when first asked (the Trends tab holds a trend for every
 * metric and window, 22,000 period means for five years, and shows one).
 *
 * <ul>
 * <li>The rolling mean of a day is the mean of the values present in the {@code window} days ending on
 *     that day, days before the range included (so zooming does not change the line); NaN when fewer than
 *     half of those days, rounded up, have a value.</li>
 * <li>Week and month means take the days of the range only (a period cut by the range's edge counts the
 *     days inside it), and periods without a value are left out. Weeks are ISO weeks of the ISO
 *     week-based year: 2021-01-03 is in {@code 2020-W53}, 2024-12-30 in {@code 2025-W01}.</li>
 * </ul>
 */
public final class Trend {
    public static final int DEFAULT_WINDOW = 7;

    private final DailySeries series;
    private final int window;
    private final LocalDate from;
    private final int offset;
    private final double[] rolling;
    /** Computed when first asked (the same for every window, and most trends never show them); then kept. */
    private volatile List<PeriodMean> weeks;
    private volatile List<PeriodMean> months;

    private Trend(DailySeries series, int window, LocalDate from, int size) {
        this.series = series;
        this.window = window;
        this.from = from;
        this.offset = from == null ? 0 : series.index(from);
        this.rolling = rollingMeans(size);
    }

    /** The trend over {@code from} to {@code to}, both included; empty when {@code to} is before {@code from}. */
    public static Trend of(DailySeries series, LocalDate from, LocalDate to, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1 day: " + window);
        }
        int size = (int) Math.max(0, to.toEpochDay() - from.toEpochDay() + 1);
        return new Trend(series, window, from, size);
    }

    /** The trend over the metric's first to last day with a value; empty (no range) when it has none. */
    public static Trend of(DailySeries series, int window) {
        if (series.count() == 0) {
            return new Trend(series, window, null, 0);
        }
        return of(series, series.firstValueDay().orElseThrow(), series.lastValueDay().orElseThrow(), window);
    }

    /** The ISO week of {@code day}, as {@code 2020-W53}. */
    public static String isoWeek(LocalDate day) {
        return weekLabel(weekKey(day));
    }

    /** Periods are compared as numbers (year × 100 + week or month) and written only once each. */
    private static int weekKey(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static String weekLabel(int key) {
        return key / 100 + (key % 100 < 10 ? "-W0" : "-W") + key % 100;
    }

    private static String monthLabel(int key) {
        return key / 100 + (key % 100 < 10 ? "-0" : "-") + key % 100;
    }

    public DayMetric metric() {
        return series.metric();
    }

    public int window() {
        return window;
    }

    /** The first day of the range, null for an empty trend without a range. */
    public LocalDate from() {
        return from;
    }

    /** The last day of the range, null for an empty trend without a range. */
    public LocalDate to() {
        return from == null ? null : from.plusDays(rolling.length - 1L);
    }

    /** Days in the range. */
    public int size() {
        return rolling.length;
    }

    /** The {@code i}-th day of the range. */
    public LocalDate day(int i) {
        return from.plusDays(i);
    }

    /** The value on the {@code i}-th day, NaN without one. */
    public double value(int i) {
        return series.value(offset + i);
    }

    /** The rolling mean on the {@code i}-th day, NaN where too few days of its window have a value. */
    public double rolling(int i) {
        return rolling[i];
    }

    /** The ISO weeks of the range that have values, in order. */
    public List<PeriodMean> weeks() {
        List<PeriodMean> w = weeks;
        if (w == null) {
            // two threads asking at once both compute the same list: harmless
            w = means(size(), Trend::weekKey, Trend::weekLabel);
            weeks = w;
        }
        return w;
    }

    /** The months of the range that have values, in order. */
    public List<PeriodMean> months() {
        List<PeriodMean> m = months;
        if (m == null) {
            m = means(size(), d -> d.getYear() * 100 + d.getMonthValue(), Trend::monthLabel);
            months = m;
        }
        return m;
    }

    private double[] rollingMeans(int size) {
        double[] out = new double[size];
        int needed = (window + 1) / 2;
        for (int i = 0; i < size; i++) {
            double sum = 0;
            int n = 0;
            // summed afresh for every day rather than slid along: no drift, and still microseconds
            for (int k = offset + i - window + 1; k <= offset + i; k++) {
                double v = series.value(k);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            out[i] = n >= needed ? sum / n : Double.NaN;
        }
        return out;
    }

    private List<PeriodMean> means(int size, ToIntFunction<LocalDate> periodOf, IntFunction<String> label) {
        List<PeriodMean> out = new ArrayList<>();
        int i = 0;
        while (i < size) {
            LocalDate start = day(i);
            int period = periodOf.applyAsInt(start);
            double sum = 0;
            int n = 0;
            int j = i;
            while (j < size && period == periodOf.applyAsInt(day(j))) {
                double v = value(j);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
                j++;
            }
            if (n > 0) {
                out.add(new PeriodMean(label.apply(period), start, day(j - 1), sum / n, n));
            }
            i = j;
        }
        return out;
    }
}
