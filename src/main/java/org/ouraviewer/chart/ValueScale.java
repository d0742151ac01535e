package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

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

    /** About one round tick every {@code spacing} pixels from {@code top} to {@code bottom}, at least two. */
    public static int ticksFor(double top, double bottom, double spacing) {
        return Math.max(2, (int) ((bottom - top) / spacing));
    }

    /**
     * The scale of a heart-rate lane (bpm) from {@code top} to {@code bottom}, the same on the night and the
     * median night: the values' {@code range} (lowest, highest) with 2 bpm to spare, 40 to 80 without values,
     * a tick every 2.2 em at most.
     */
    public static ValueScale heartRate(double[] range, double top, double bottom, double fontSize) {
        return nice(range == null ? 40 : range[0] - 2, range == null ? 80 : range[1] + 2,
                ticksFor(top, bottom, fontSize * 2.2), top, bottom);
    }

    /** The scale of an HRV lane (ms), as {@link #heartRate}: 5 ms to spare, never below 0; 0 to 100 without values. */
    public static ValueScale hrv(double[] range, double top, double bottom, double fontSize) {
        return nice(range == null ? 0 : Math.max(0, range[0] - 5), range == null ? 100 : range[1] + 5,
                ticksFor(top, bottom, fontSize * 2.2), top, bottom);
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

    /** The grid: a line of {@code colour} across from {@code left} to {@code right} at each tick. */
    public void paintGrid(Painter p, Rgb colour, double left, double right) {
        p.color(colour);
        for (double v : tickValues()) {
            p.line(left, y(v), right, y(v), 1);
        }
    }

    /**
     * A muted label per tick, as its value axis reads it: {@code label} of the value at {@code x}, its baseline
     * {@code drop} below the tick.
     */
    public List<Text> labels(DoubleFunction<String> label, double x, double size, double drop,
                                         Painter.Anchor anchor) {
        List<Text> out = new ArrayList<>();
        for (double v : tickValues()) {
            out.add(new Text(label.apply(v), x, y(v) + drop, size, false, true, anchor));
        }
        return out;
    }
}
