package org.ouraviewer.metrics;

import java.util.Arrays;

/**
 * A metric's usual range for this person: the median and the quartiles (25 % and 75 %) of every value the
 * data holds for it, all days of all years. Drawn as a band behind the trend, it answers "is this range
 * unusual for me?" and stays put while the chart zooms or pans (a baseline taken from the days shown would
 * move with them). Percentiles as numpy's default (linear between the closest ranks). Without at least
 * {@link #MIN_DAYS} values there is no baseline ({@link #NONE}).
 */
public record Baseline(double p25, double median, double p75, int count) {
    public static final int MIN_DAYS = 7;
    public static final Baseline NONE = new Baseline(Double.NaN, Double.NaN, Double.NaN, 0);

    /** The baseline of all the values of {@code series}. */
    public static Baseline of(DailySeries series) {
        double[] values = new double[series.count()];
        int n = 0;
        for (int i = 0; i < series.size(); i++) {
            double v = series.value(i);
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        if (n < MIN_DAYS) {
            return new Baseline(Double.NaN, Double.NaN, Double.NaN, n);
        }
        Arrays.sort(values, 0, n);
        return new Baseline(BinStats.percentile(values, 0, n, 0.25), BinStats.percentile(values, 0, n, 0.5),
                BinStats.percentile(values, 0, n, 0.75), n);
    }

    public boolean exists() {
        return !Double.isNaN(median);
    }
}
