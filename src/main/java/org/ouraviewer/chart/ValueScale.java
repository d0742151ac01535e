package org.ouraviewer.chart;

import java.util.List;

/** A vertical scale with round ticks: {@code lo} at {@code bottom}, {@code hi} at {@code top}. */
public record ValueScale(double lo, double hi, double step, double top, double bottom) {

    /** A scale covering {@code [min, max]} with about {@code ticks} round steps (1, 2 or 5 × 10ⁿ). */
    public static ValueScale nice(double min, double max, int ticks, double top, double bottom) {
        if (!(max > min)) {
            min -= 5;
            max += 5;
        }
        double raw = (max - min) / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        return new ValueScale(lo, hi, step, top, bottom);
    }

    /** The range of the non-NaN values of the series, or null when there are none. */
    static double[] range(List<NightSeries.Samples> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (NightSeries.Samples s : series) {
            for (float v : s.values()) {
                if (!Float.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    public double y(double value) {
        return bottom - (value - lo) / (hi - lo) * (bottom - top);
    }

    /** The tick values from {@code lo} to {@code hi}. */
    public double[] tickValues() {
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + i * step;
        }
        return v;
    }
}
