package org.ouraviewer.chart.day;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.chart.Text;
import org.ouraviewer.chart.ValueScale;

/** The day chart's value scales and its bands of runs (the activity classes, the nights' phases). */
final class DayScales {
    private DayScales() {
    }

    /** The lowest and highest non-NaN value of the series, or null when there are none. */
    static double[] range(List<NightSeries.Samples> series) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (NightSeries.Samples s : series) {
            for (float v : s.values()) {
                widen(r, v);
            }
        }
        return r[0] <= r[1] ? r : null;
    }

    /** The range of the points and of {@code more} together, or null when there are none. */
    static double[] range(DaySeries.Points points, List<NightSeries.Samples> more) {
        double[] a = range(points, (DaySeries.Points) null);
        double[] b = range(more);
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    static double[] range(DaySeries.Points... points) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (DaySeries.Points p : points) {
            if (p != null) {
                for (double v : p.values()) {
                    widen(r, v);
                }
            }
        }
        return r[0] <= r[1] ? r : null;
    }

    private static void widen(double[] r, double v) {
        if (!Double.isNaN(v)) {
            r[0] = Math.min(r[0], v);
            r[1] = Math.max(r[1], v);
        }
    }

    /** MET from its floor (about 1, at rest) to at least 3, so a quiet day does not look like a busy one. */
    static ValueScale met(double[] range, double top, double bottom, double f) {
        double lo = range == null ? 0 : Math.min(1, Math.floor(range[0]));
        double hi = range == null ? 3 : Math.max(3, range[1]);
        return ValueScale.nice(lo, hi, ValueScale.ticksFor(top, bottom, f * 2.2), top, bottom);
    }

    /** A scale over {@code range} at least {@code minSpan} wide around its middle, from 0 when {@code fromZero}. */
    static ValueScale nice(double[] range, double[] span, double f, double minSpan, boolean fromZero) {
        double lo = range == null ? 0 : range[0];
        double hi = range == null ? minSpan : range[1];
        if (hi - lo < minSpan) {
            double mid = (lo + hi) / 2;
            lo = mid - minSpan / 2;
            hi = mid + minSpan / 2;
        }
        lo = fromZero ? Math.min(0, lo) : lo;
        return ValueScale.nice(lo, hi, ValueScale.ticksFor(span[0], span[1], f * 2.2), span[0], span[1]);
    }

    static List<Text> ticks(ValueScale scale, double x, double f) {
        int digits = scale.step() >= 1 ? 0 : scale.step() >= 0.1 ? 1 : 2;
        return scale.labels(v -> NightNumbers.fixed(v, digits), x, f * 0.9, f * 0.35, Painter.Anchor.END);
    }

    /** A block the lane's height per run within {@code [from, to)}, keyed {@code key} + the run's level. */
    static void blocks(List<NightSeries.Run> runs, int key, DoubleUnaryOperator xOf, Lane lane, double from,
                       double to, List<Box> out) {
        for (NightSeries.Run r : runs) {
            if (r.end() > from && r.start() < to) {
                double x0 = xOf.applyAsDouble(r.start());
                out.add(new Box(x0, lane.top(), xOf.applyAsDouble(r.end()) - x0, lane.height(), key + r.level()));
            }
        }
    }

    /** A night as a small hypnogram: its period as a plain line across the band, its phases in rows over it. */
    static void night(DaySeries.Night n, DoubleUnaryOperator xOf, Lane lane, double from, double to, List<Box> out) {
        double s = n.period().start().toEpochSecond();
        double e = n.period().end().toEpochSecond();
        if (e <= from || s >= to) {
            return;
        }
        double x0 = xOf.applyAsDouble(s);
        out.add(new Box(x0, lane.top() + lane.height() * 0.45, xOf.applyAsDouble(e) - x0, lane.height() * 0.1,
                DayPalette.SLEEP));
        for (NightSeries.Run r : n.phases()) {
            if (r.end() > from && r.start() < to) {
                double a = xOf.applyAsDouble(r.start());
                // a row per phase as on the Night tab, awake on top and deep at the bottom
                double row = lane.height() / 4;
                double y = lane.top() + (SleepPhase.AWAKE - r.level()) * row;
                out.add(new Box(a, y, xOf.applyAsDouble(r.end()) - a, row, DayPalette.PHASE + r.level()));
            }
        }
    }
}
