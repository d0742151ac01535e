package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.Polyline;
import org.ouraviewer.chart.ValueScale;
import org.ouraviewer.model.HeartRateSource;

/**
 * Irregular timed points as shapes: a polyline through points that follow each other within {@code maxGap}
 * seconds from one source, a dot for a point standing alone. A longer pause, or another source, ends the line, so
 * a gap stays a gap and each source keeps its own colour.
 */
final class PointShapes {
    /** A line of one colour key ({@link DayPalette#colour}). */
    record Stroke(Polyline line, int key) {
    }

    /** The lines and dots of a lane. */
    record Drawn(List<Stroke> lines, List<Box> dots) {
        static final Drawn NONE = new Drawn(List.of(), List.of());
    }

    private PointShapes() {
    }

    /** The shapes of several series on one scale, series {@code i} keyed {@code keys[i]} (heart rate: by source). */
    static Drawn of(List<DaySeries.Points> series, DoubleUnaryOperator xOf, ValueScale scale, double from, double to,
                    double maxGap, int[] keys, double dot) {
        List<Stroke> lines = new ArrayList<>();
        List<Box> dots = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            add(series.get(i), xOf, scale, from, to, maxGap, keys[i], dot, lines, dots);
        }
        return new Drawn(List.copyOf(lines), List.copyOf(dots));
    }

    /**
     * Adds the shapes of the points within {@code [from, to]} (and one pause beyond, so lines reach the edges);
     * heart rate is keyed by its source, other series by {@code key}. A dot is a square box {@code dot} wide.
     */
    private static void add(DaySeries.Points p, DoubleUnaryOperator xOf, ValueScale scale, double from, double to,
                    double maxGap, int key, double dot, List<Stroke> lines, List<Box> dots) {
        double[] t = p.times();
        double[] v = p.values();
        int first = Arrays.binarySearch(t, from - maxGap);
        first = first >= 0 ? first : -first - 1;
        double[] xs = new double[Math.max(1, t.length - first)];
        double[] ys = new double[xs.length];
        int n = 0;
        int runKey = key;
        for (int i = first; i <= t.length; i++) {
            boolean more = i < t.length && t[i] <= to + maxGap;
            int k = more ? keyOf(p.sources(), i, key) : -1;
            boolean joins = more && n > 0 && k == runKey && t[i] - t[i - 1] <= maxGap && !Double.isNaN(v[i]);
            if (!joins && n > 0) {
                flush(xs, ys, n, runKey, dot, lines, dots);
                n = 0;
            }
            if (!more) {
                break;
            }
            if (!Double.isNaN(v[i])) {
                runKey = k;
                xs[n] = xOf.applyAsDouble(t[i]);
                ys[n++] = scale.y(v[i]);
            }
        }
    }

    private static int keyOf(HeartRateSource[] sources, int i, int key) {
        return sources == null ? key : DayPalette.HEART_RATE + sources[i].ordinal();
    }

    private static void flush(double[] xs, double[] ys, int n, int key, double dot, List<Stroke> lines,
                              List<Box> dots) {
        if (n == 1) {
            dots.add(new Box(xs[0] - dot / 2, ys[0] - dot / 2, dot, dot, key));
        } else {
            lines.add(new Stroke(new Polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)), key));
        }
    }
}
