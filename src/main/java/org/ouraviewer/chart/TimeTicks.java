package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Ticks of the time axis at round times of the recorded local clock. Each stretch of one offset gets its
 * own round times, so a night across a daylight-saving change reads 01:00, 03:00 (spring) or 02:00, 02:00
 * (autumn) while the spacing stays true to the instants.
 */
public final class TimeTicks {
    /** A tick at {@code time} (epoch seconds) labelled with the local clock. */
    public record Tick(double time, String label) {
    }

    private static final int[] STEPS = {60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200};

    private TimeTicks() {
    }

    /** The smallest round step that leaves at least {@code minSpacing} pixels between ticks. */
    public static int step(double secondsPerPixel, double minSpacing) {
        for (int s : STEPS) {
            if (s / secondsPerPixel >= minSpacing) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** Ticks every {@code step} seconds of local clock within {@code [from, to]}. */
    public static List<Tick> ticks(OffsetTimeline timeline, double from, double to, int step) {
        List<Tick> out = new ArrayList<>();
        for (OffsetTimeline.Stretch s : timeline.stretches(from, to + 1)) {
            long offset = s.offset().getTotalSeconds();
            double local = Math.ceil((s.from() + offset) / step) * step;
            for (double t = local - offset; t < s.to() && t <= to; t += step) {
                if (out.isEmpty() || t > out.get(out.size() - 1).time()) {
                    out.add(new Tick(t, clock(t + offset)));
                }
            }
        }
        return out;
    }

    /** {@code HH:mm} of local seconds since the epoch. */
    static String clock(double localSeconds) {
        long secondOfDay = Math.floorMod((long) Math.floor(localSeconds), 86400L);
        long hours = secondOfDay / 3600;
        long minutes = (secondOfDay % 3600) / 60;
        return (hours < 10 ? "0" : "") + hours + (minutes < 10 ? ":0" : ":") + minutes;
    }

    /**
     * The time axis of a chart whose plot runs from {@code left} to {@code right} over {@code viewStart} to
     * {@code viewEnd} (the Night and Day charts): a tick's x ({@code xOf}) into {@code gridXs}, its label at
     * {@code axisY} under the plot into {@code labels}; ticks at least five letters ({@code f}) apart.
     */
    public static void layOutAxis(OffsetTimeline timeline, double viewStart, double viewEnd, double left,
                                  double right, DoubleUnaryOperator xOf, double axisY, double f, List<Double> gridXs,
                                  List<Text> labels) {
        double secondsPerPixel = (viewEnd - viewStart) / (right - left);
        int step = step(secondsPerPixel, f * 5);
        for (Tick t : ticks(timeline, viewStart, viewEnd, step)) {
            double x = xOf.applyAsDouble(t.time());
            gridXs.add(x);
            labels.add(new Text(t.label(), x, axisY + f * 1.3, f * 0.9, false, true, Painter.Anchor.MIDDLE));
        }
    }
}
