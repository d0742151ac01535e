package org.ouraviewer.chart.nights;

import java.util.List;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Polyline;
import org.ouraviewer.chart.Text;
import org.ouraviewer.chart.ValueScale;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepPeriod;

/**
 * The scales and shapes of the median-night picture in the lanes of an {@link OverlayLayout}: both sets'
 * bands and medians of heart rate and HRV on one scale per lane (so they compare), the single night's samples,
 * its hypnogram strip, and each set's stacked phases.
 */
public final class OverlayContent {
    private final ValueScale heartRateScale;
    private final ValueScale hrvScale;
    private final SetShapes heartRate;
    private final SetShapes hrv;
    private final SetShapes referenceHeartRate;
    private final SetShapes referenceHrv;
    private final List<Polyline> nightHeartRate;
    private final List<Polyline> nightHrv;
    private final RectList[] nightPhases;
    private final RectList[] phases;
    private final RectList[] referencePhases;

    /** The shapes of one set in a value lane: the 25–75 % band and the median. */
    public record SetShapes(RectList band, List<Polyline> median) {
    }

    OverlayContent(OverlayLayout layout, MedianSet primary, MedianSet reference, SleepPeriod single) {
        double f = layout.options().fontSize();
        Lane hrLane = layout.lane(OverlayLayout.HEART_RATE);
        Lane hrvLane = layout.lane(OverlayLayout.HRV);
        double[] hr = range(primary.median().heartRate(), reference == null ? null : reference.median().heartRate(),
                single == null ? null : single.heartRate());
        double[] hv = range(primary.median().hrv(), reference == null ? null : reference.median().hrv(),
                single == null ? null : single.hrv());
        heartRateScale = ValueScale.heartRate(hr, hrLane.top(), hrLane.bottom(), f);
        hrvScale = ValueScale.hrv(hv, hrvLane.top(), hrvLane.bottom(), f);
        layout.setTicks(OverlayLayout.HEART_RATE, ticks(heartRateScale, layout));
        layout.setTicks(OverlayLayout.HRV, ticks(hrvScale, layout));
        heartRate = shapes(primary.median().heartRate(), layout, heartRateScale);
        hrv = shapes(primary.median().hrv(), layout, hrvScale);
        referenceHeartRate = reference == null ? null : shapes(reference.median().heartRate(), layout, heartRateScale);
        referenceHrv = reference == null ? null : shapes(reference.median().hrv(), layout, hrvScale);
        nightHeartRate = single == null ? List.of()
                : OverlayShapes.night(single, single.heartRate(), layout::xOf, heartRateScale);
        nightHrv = single == null ? List.of() : OverlayShapes.night(single, single.hrv(), layout::xOf, hrvScale);
        Lane strip = layout.lane(OverlayLayout.NIGHT);
        nightPhases = strip == null ? null : OverlayShapes.hypnogram(single, layout::xOf, strip.top(), strip.bottom());
        phases = phaseLane(layout, OverlayLayout.PHASES, primary);
        referencePhases = reference == null ? null : phaseLane(layout, OverlayLayout.REFERENCE_PHASES, reference);
    }

    private static RectList[] phaseLane(OverlayLayout layout, String id, MedianSet set) {
        Lane lane = layout.lane(id);
        double f = layout.options().fontSize();
        double x = layout.plot().left() - f * 0.5;
        layout.setTicks(id, List.of(
                new Text("100%", x, lane.top() + f * 0.7, f * 0.85, false, true, Painter.Anchor.END),
                new Text("0%", x, lane.bottom(), f * 0.85, false, true, Painter.Anchor.END)));
        return OverlayShapes.phases(set.median(), layout::xOf, lane.top(), lane.bottom());
    }

    private static SetShapes shapes(BinStats stats, OverlayLayout layout, ValueScale scale) {
        return new SetShapes(OverlayShapes.band(stats, layout::xOf, scale),
                OverlayShapes.median(stats, layout::xOf, scale));
    }

    private static List<Text> ticks(ValueScale scale, OverlayLayout layout) {
        double f = layout.options().fontSize();
        return scale.labels(v -> Long.toString(Math.round(v)), layout.plot().left() - f * 0.5, f * 0.85, f * 0.3,
                Painter.Anchor.END);
    }

    /** The lowest p25 and highest p75 of the sets, and the night's own extremes; null when there is nothing. */
    private static double[] range(BinStats a, BinStats b, SampleSeries night) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BinStats s : new BinStats[] {a, b}) {
            for (int i = 0; s != null && i < s.bins(); i++) {
                if (!Double.isNaN(s.p25(i))) {
                    min = Math.min(min, s.p25(i));
                    max = Math.max(max, s.p75(i));
                }
            }
        }
        for (int i = 0; night != null && i < night.size(); i++) {
            if (!night.isGap(i)) {
                min = Math.min(min, night.value(i));
                max = Math.max(max, night.value(i));
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    public ValueScale heartRateScale() {
        return heartRateScale;
    }

    public ValueScale hrvScale() {
        return hrvScale;
    }

    public SetShapes heartRate() {
        return heartRate;
    }

    public SetShapes hrv() {
        return hrv;
    }

    /** The reference set's shapes; null without one. */
    public SetShapes referenceHeartRate() {
        return referenceHeartRate;
    }

    public SetShapes referenceHrv() {
        return referenceHrv;
    }

    public List<Polyline> nightHeartRate() {
        return nightHeartRate;
    }

    public List<Polyline> nightHrv() {
        return nightHrv;
    }

    /** The single night's hypnogram strip by phase (1 deep … 4 awake); null without a single night. */
    public RectList[] nightPhases() {
        return nightPhases;
    }

    public RectList[] phases() {
        return phases;
    }

    public RectList[] referencePhases() {
        return referencePhases;
    }
}
