package org.ouraviewer.metrics;

import java.util.Arrays;

/**
 * One sample series of the median night (heart rate or HRV), per 5-minute bin since onset: the median and
 * quartiles over the nights that have a value in the bin (NaN where fewer than {@link MedianNight#MIN_NIGHTS}
 * do), and how many do. Percentiles interpolate linearly between the closest ranks, as numpy's default
 * ({@code h = (n − 1) p}, then between the values at ranks ⌊h⌋ and ⌊h⌋ + 1).
 */
public final class BinStats {
    private final double[] median;
    private final double[] p25;
    private final double[] p75;
    private final int[] counts;

    /**
     * @param values per bin, the nights' values: bin {@code b} holds {@code counts[b]} values from
     *               {@code values[b * stride]} on; sorted here in place
     */
    BinStats(double[] values, int stride, int[] counts) {
        int bins = counts.length;
        this.counts = counts.clone();
        median = new double[bins];
        p25 = new double[bins];
        p75 = new double[bins];
        for (int b = 0; b < bins; b++) {
            int n = counts[b];
            int from = b * stride;
            if (n < MedianNight.MIN_NIGHTS) {
                median[b] = p25[b] = p75[b] = Double.NaN;
                continue;
            }
            Arrays.sort(values, from, from + n);
            median[b] = percentile(values, from, n, 0.5);
            p25[b] = percentile(values, from, n, 0.25);
            p75[b] = percentile(values, from, n, 0.75);
        }
    }

    /** The {@code q}-quantile of the {@code n} sorted values from {@code from} on, numpy's linear method. */
    static double percentile(double[] sorted, int from, int n, double q) {
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        double fraction = h - lo;
        double a = sorted[from + lo];
        if (fraction == 0 || lo + 1 >= n) {
            return a;
        }
        double b = sorted[from + lo + 1];
        return a + fraction * (b - a);
    }

    public int bins() {
        return counts.length;
    }

    public double median(int bin) {
        return median[bin];
    }

    public double p25(int bin) {
        return p25[bin];
    }

    public double p75(int bin) {
        return p75[bin];
    }

    /** How many nights have a value in {@code bin}. */
    public int count(int bin) {
        return counts[bin];
    }
}
