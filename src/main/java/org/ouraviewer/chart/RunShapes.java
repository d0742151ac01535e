package org.ouraviewer.chart;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Runs of one level as shapes: the hypnogram's blocks and step line, and the movement bars. */
final class RunShapes {
    private RunShapes() {
    }

    /**
     * A block per phase run at its row (awake on top, deep at the bottom), and a step line through the
     * runs that follow each other without a gap; a gap between runs starts a new line.
     */
    static void phases(List<NightSeries.Run> runs, DoubleUnaryOperator xOf, Lane lane, double from,
                       double to, List<Box> blocks, List<Polyline> steps) {
        double row = lane.height() / 4;
        double[] xs = new double[runs.size() * 2];
        double[] ys = new double[runs.size() * 2];
        int n = 0;
        NightSeries.Run previous = null;
        for (NightSeries.Run r : runs) {
            if (r.end() <= from || r.start() >= to) {
                previous = null;
                continue;
            }
            double x0 = xOf.applyAsDouble(r.start());
            double x1 = xOf.applyAsDouble(r.end());
            double centre = NightLayout.phaseCentre(r.level(), lane.top(), lane.bottom());
            blocks.add(new Box(x0, centre - row * 0.35, x1 - x0, row * 0.7, r.level()));
            if (previous != null && previous.end() != r.start() && n > 0) {
                steps.add(new Polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
                n = 0;
            }
            xs[n] = x0;
            ys[n++] = centre;
            xs[n] = x1;
            ys[n++] = centre;
            previous = r;
        }
        if (n > 0) {
            steps.add(new Polyline(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
        }
    }

    /** A bar per movement run rising from the lane's bottom: low for still, full height for active. */
    static void movement(List<NightSeries.Run> runs, DoubleUnaryOperator xOf, Lane lane, double from,
                         double to, List<Box> bars) {
        for (NightSeries.Run r : runs) {
            if (r.end() <= from || r.start() >= to) {
                continue;
            }
            double h = lane.height() * (0.12 + 0.88 * (r.level() - 1) / 3.0);
            double x0 = xOf.applyAsDouble(r.start());
            bars.add(new Box(x0, lane.bottom() - h, xOf.applyAsDouble(r.end()) - x0, h, r.level()));
        }
    }
}
