package org.ouraviewer.chart.nights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ouraviewer.chart.Polyline;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.chart.ValueScale;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.PhaseShares;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepPeriod;

/**
 * The shapes of the median-night picture, from the numbers of {@link MedianNight}: the 25–75 % band as one
 * rectangle per 5-minute bin (the statistic is a bin's, so the band steps with the bins), the median as a
 * line through the bins' middles, broken where a bin has no median (fewer than 3 nights), and the phase
 * shares as stacked bars per bin. A single night's own samples are placed by their time since its onset.
 * Bin edges are whole pixels, so neighbouring bins meet without the faint seams of two anti-aliased edges.
 */
final class OverlayShapes {
    private OverlayShapes() {
    }

    /** The band from p25 to p75 of each bin that has them. {@code x} maps seconds since onset. */
    static RectList band(BinStats stats, DoubleUnaryOperator x, ValueScale scale) {
        RectList out = new RectList();
        for (int b = 0; b < stats.bins(); b++) {
            if (!Double.isNaN(stats.p25(b))) {
                double x0 = edge(x, b);
                double x1 = edge(x, b + 1);
                double top = scale.y(stats.p75(b));
                out.add(x0, top, x1 - x0, Math.max(0.5, scale.y(stats.p25(b)) - top));
            }
        }
        return out;
    }

    /** The median through the middle of each bin; a bin without a median breaks the line. */
    static List<Polyline> median(BinStats stats, DoubleUnaryOperator x, ValueScale scale) {
        double[] xs = new double[stats.bins()];
        double[] ys = new double[stats.bins()];
        for (int b = 0; b < stats.bins(); b++) {
            xs[b] = x.applyAsDouble((b + 0.5) * MedianNight.BIN_SECONDS);
            ys[b] = Double.isNaN(stats.median(b)) ? Double.NaN : scale.y(stats.median(b));
        }
        return runs(xs, ys);
    }

    /** A night's own samples, by their time since its bedtime_start; gaps break the line. */
    static List<Polyline> night(SleepPeriod night, SampleSeries s, DoubleUnaryOperator x, ValueScale scale) {
        if (s == null) {
            return List.of();
        }
        long onset = night.start().toInstant().toEpochMilli();
        double[] xs = new double[s.size()];
        double[] ys = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            xs[i] = x.applyAsDouble((s.time(i).toEpochMilli() - onset) / 1000.0);
            ys[i] = s.isGap(i) ? Double.NaN : scale.y(s.value(i));
        }
        return runs(xs, ys);
    }

    /** The unbroken stretches of a line; a lone point becomes a line of one point, drawn as a dot. */
    private static List<Polyline> runs(double[] xs, double[] ys) {
        List<Polyline> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= xs.length; i++) {
            boolean present = i < xs.length && !Double.isNaN(ys[i]);
            if (present && from < 0) {
                from = i;
            } else if (!present && from >= 0) {
                out.add(new Polyline(java.util.Arrays.copyOfRange(xs, from, i),
                        java.util.Arrays.copyOfRange(ys, from, i)));
                from = -1;
            }
        }
        return out;
    }

    /**
     * The phases stacked per bin, deep at the bottom, each as tall as its share of <b>all</b> the set's nights
     * (not only of those still asleep), so the stack shrinks as nights end: its top is how many are still in
     * bed. One list per phase, indexed deep 1 … awake 4.
     */
    static RectList[] phases(MedianNight m, DoubleUnaryOperator x, double top, double bottom) {
        RectList[] out = new RectList[SleepPhase.AWAKE + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = new RectList();
        }
        PhaseShares p = m.phases();
        double height = bottom - top;
        for (int b = 0; b < p.bins(); b++) {
            if (p.nights(b) == 0 || m.nights() == 0) {
                continue;
            }
            double x0 = edge(x, b);
            double x1 = edge(x, b + 1);
            double present = p.nights(b) / (double) m.nights();
            double share = 0;
            double y = Math.round(bottom);
            for (PhaseShares.Phase phase : PhaseShares.Phase.values()) {
                share += p.share(phase, b);
                double next = Math.round(bottom - share * present * height);
                if (next < y) {
                    out[phase.ordinal() + 1].add(x0, next, x1 - x0, y - next);
                    y = next;
                }
            }
        }
        return out;
    }

    /** The x of the start of {@code bin}, on a whole pixel. */
    private static double edge(DoubleUnaryOperator x, int bin) {
        return Math.round(x.applyAsDouble(bin * (double) MedianNight.BIN_SECONDS));
    }

    /** A night's hypnogram as one strip of phase blocks between {@code top} and {@code bottom}. */
    static RectList[] hypnogram(SleepPeriod night, DoubleUnaryOperator x, double top, double bottom) {
        RectList[] out = new RectList[SleepPhase.AWAKE + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = new RectList();
        }
        String phases = night.phases5Min();
        if (phases == null) {
            return out;
        }
        for (int i = 0; i < phases.length(); i++) {
            int level = SleepPhase.of(phases.charAt(i));
            if (level != SleepPhase.NONE) {
                double x0 = edge(x, i);
                out[level].add(x0, top, edge(x, i + 1) - x0, bottom - top);
            }
        }
        return out;
    }
}
