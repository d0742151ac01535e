package org.ouraviewer.chart.nights;

import java.util.List;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Polyline;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.chart.Text;
import org.ouraviewer.chart.ValueScale;

/**
 * Paints an {@link OverlayLayout}: the reference set first and in grey, the set asked about in its lane's
 * colour above it, the single night on top as a thin dark line; then the stacked phases.
 */
public final class OverlayRenderer {
    private OverlayRenderer() {
    }

    public static void paint(OverlayLayout layout, NightsPalette palette, Painter p) {
        OverlayLayout.Options o = layout.options();
        double f = o.fontSize();
        double left = layout.plot().left();
        double right = layout.plot().right();
        p.color(palette.night().background());
        p.fillRect(0, 0, o.width(), o.height());
        Text.paint(layout.header(), palette.night(), p, "header");
        OverlayContent c = layout.content();
        for (Lane lane : layout.lanes()) {
            p.begin("lane-" + lane.id());
            p.color(palette.night().laneBackground());
            p.fillRect(left, lane.top(), right - left, lane.bottom() - lane.top());
            p.color(palette.night().grid());
            for (double x : layout.gridXs()) {
                p.line(x, lane.top(), x, lane.bottom(), 1);
            }
            lane.paintLabels(p, palette.night(), left, f);
            lane.clip(p, left, right);
            switch (lane.id()) {
                case OverlayLayout.HEART_RATE -> values(c.heartRateScale(), c.heartRate(), c.referenceHeartRate(),
                        c.nightHeartRate(), palette.night().heartRate(), palette, layout, p);
                case OverlayLayout.HRV -> values(c.hrvScale(), c.hrv(), c.referenceHrv(), c.nightHrv(),
                        palette.night().hrv(), palette, layout, p);
                case OverlayLayout.NIGHT -> phases(c.nightPhases(), palette, p);
                case OverlayLayout.PHASES -> phases(c.phases(), palette, p);
                default -> phases(c.referencePhases(), palette, p);
            }
            p.unclip();
            p.end();
        }
        p.begin("time-axis");
        Text.paint(layout.timeLabels(), palette.night(), p, null);
        p.end();
        ActogramRenderer.paintLegend(layout.legend(), palette, p);
    }

    private static void values(ValueScale scale, OverlayContent.SetShapes set, OverlayContent.SetShapes reference,
                               List<Polyline> night, Rgb color, NightsPalette palette, OverlayLayout layout,
                               Painter p) {
        double f = layout.options().fontSize();
        scale.paintGrid(p, palette.night().grid(), layout.plot().left(), layout.plot().right());
        if (reference != null) {
            p.color(palette.reference().withOpacity(0.22));
            reference.band().fill(p);
            lines(reference.median(), palette.reference(), Math.max(1.5, f / 7), p);
        }
        p.color(color.withOpacity(0.25));
        set.band().fill(p);
        lines(set.median(), color, Math.max(2, f / 5), p);
        lines(night, palette.single(), Math.max(1, f / 10), p);
    }

    private static void lines(List<Polyline> lines, Rgb color, double width, Painter p) {
        p.color(color);
        for (Polyline l : lines) {
            if (l.xs().length == 1) {
                p.fillRect(l.xs()[0] - width, l.ys()[0] - width, 2 * width, 2 * width);
            } else {
                p.polyline(l.xs(), l.ys(), l.xs().length, width);
            }
        }
    }

    private static void phases(RectList[] byPhase, NightsPalette palette, Painter p) {
        if (byPhase == null) {
            return;
        }
        for (int level = SleepPhase.DEEP; level <= SleepPhase.AWAKE; level++) {
            p.color(palette.night().phase(level));
            byPhase[level].fill(p);
        }
    }
}
