package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.LaneStack;

/**
 * Which lanes the day chart has, top to bottom, and where each goes: sleep and the activity classes as thin fixed
 * strips, MET and heart rate sharing the height, the Hub's daytime stress and skin temperature only when the day
 * has them (so a ring-only day keeps its height for the rest), and the events' rows at the bottom.
 *
 * @param ids   the lanes' {@link DayLayout} ids, in order
 * @param spans per lane, its {@code [top, bottom]}
 */
record DayLaneStack(List<String> ids, double[][] spans) {

    /** The lanes of {@code series} between {@code top} and {@code axisY}, for font size {@code f}. */
    static DayLaneStack of(DaySeries series, double f, double top, double axisY) {
        List<String> ids = new ArrayList<>(List.of(DayLayout.SLEEP, DayLayout.CLASSES, DayLayout.MET,
                DayLayout.HEART_RATE));
        List<Double> weights = new ArrayList<>(List.of(0.0, 0.0, 0.35, 0.65));
        List<Double> fixed = new ArrayList<>(List.of(f * 2.0, f * 1.6, 0.0, 0.0));
        if (series.hasStress()) {
            ids.add(DayLayout.STRESS);
            weights.add(0.25);
            fixed.add(0.0);
        }
        if (series.skinTemperature().size() > 0) {
            ids.add(DayLayout.SKIN);
            weights.add(0.2);
            fixed.add(0.0);
        }
        ids.add(DayLayout.EVENTS);
        weights.add(0.0);
        fixed.add(f * 3.6);
        double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[][] spans = new LaneStack(f * 1.6, f * 0.5, f * 2).place(top, axisY,
                weights.stream().mapToDouble(w -> w / weightSum).toArray(),
                fixed.stream().mapToDouble(Double::doubleValue).toArray(), f * 4);
        return new DayLaneStack(List.copyOf(ids), spans);
    }

    /** The {@code [top, bottom]} of lane {@code id}, which must be one of {@link #ids}. */
    double[] span(String id) {
        return spans[ids.indexOf(id)];
    }

    double top() {
        return spans[0][0];
    }

    double bottom() {
        return spans[spans.length - 1][1];
    }
}
