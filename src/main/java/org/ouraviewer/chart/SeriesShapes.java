package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A sample series as shapes: a polyline per stretch without gaps, and a dot for a sample standing alone
 * between gaps. A NaN sample ends a line; nothing is drawn across it or down to zero. Each sample sits at
 * the middle of the interval it covers.
 */
public final class SeriesShapes {
    private final List<Polyline> lines;
    private final List<double[]> dots;

    private SeriesShapes(List<Polyline> lines, List<double[]> dots) {
        this.lines = List.copyOf(lines);
        this.dots = List.copyOf(dots);
    }

    /** Shapes of the samples within {@code [from, to]} (one more sample on each side, so lines reach the edges). */
    public static SeriesShapes of(List<NightSeries.Samples> series, DoubleUnaryOperator xOf, ValueScale scale,
                                  double from, double to) {
        List<Polyline> lines = new ArrayList<>();
        List<double[]> dots = new ArrayList<>();
        for (NightSeries.Samples s : series) {
            float[] v = s.values();
            double[] xs = new double[v.length];
            double[] ys = new double[v.length];
            int n = 0;
            for (int i = 0; i <= v.length; i++) {
                double centre = i < v.length ? s.time(i) + s.interval() / 2 : 0;
                boolean visible = i < v.length && centre >= from - s.interval() * 1.5
                        && centre <= to + s.interval() * 1.5;
                if (i < v.length && visible && !Float.isNaN(v[i])) {
                    xs[n] = xOf.applyAsDouble(centre);
                    ys[n++] = scale.y(v[i]);
                    continue;
                }
                if (n == 1) {
                    dots.add(new double[] {xs[0], ys[0]});
                } else if (n > 1) {
                    lines.add(new Polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
                }
                n = 0;
            }
        }
        return new SeriesShapes(lines, dots);
    }

    /** The unbroken stretches, each its own polyline. */
    public List<Polyline> lines() {
        return lines;
    }

    /** Samples with a gap on both sides, as {x, y}. */
    public List<double[]> dots() {
        return dots;
    }
}
