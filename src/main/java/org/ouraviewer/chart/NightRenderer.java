package org.ouraviewer.chart;

import java.util.List;

/** Paints a {@link NightLayout} through a {@link Painter}: the one drawing of the night for every target. */
public final class NightRenderer {
    private NightRenderer() {
    }

    public static void paint(NightLayout layout, NightPalette palette, Painter p) {
        NightLayout.Options o = layout.options();
        double f = o.fontSize();
        double left = layout.plot().left();
        double right = layout.plot().right();
        p.color(palette.background());
        p.fillRect(0, 0, o.width(), o.height());
        Text.paint(layout.header(), palette, p, "header");

        p.begin("lanes");
        for (Lane lane : layout.lanes()) {
            p.color(palette.laneBackground());
            p.fillRect(left, lane.top(), right - left, lane.height());
        }
        p.color(palette.periodBand());
        for (Box b : layout.periodBands()) {
            for (Lane lane : layout.lanes()) {
                double x0 = Math.max(left, b.x());
                double x1 = Math.min(right, b.x() + b.width());
                if (x1 > x0) {
                    p.fillRect(x0, lane.top(), x1 - x0, lane.height());
                }
            }
        }
        p.color(palette.grid());
        for (double x : layout.gridXs()) {
            for (Lane lane : layout.lanes()) {
                p.line(x, lane.top(), x, lane.bottom(), 1);
            }
        }
        for (Lane lane : layout.lanes()) {
            p.begin("lane-" + lane.id());
            lane.paintLabels(p, palette, left, f);
            if (lane.id().equals(NightLayout.HEART_RATE) || lane.id().equals(NightLayout.HRV)) {
                ValueScale scale = lane.id().equals(NightLayout.HEART_RATE) ? layout.heartRateScale()
                        : layout.hrvScale();
                scale.paintGrid(p, palette.grid(), left, right);
            }
            lane.clip(p, left, right);
            switch (lane.id()) {
                case NightLayout.PHASES -> phases(layout, palette, p, lane);
                case NightLayout.HEART_RATE -> shapes(layout.heartRateShapes(), palette.heartRate(), p, f);
                case NightLayout.HRV -> shapes(layout.hrvShapes(), palette.hrv(), p, f);
                default -> movement(layout.movementBars(), palette.movement(), p);
            }
            p.unclip();
            if (lane.emptyMessage() != null) {
                p.color(palette.mutedText());
                p.text(lane.emptyMessage(), (left + right) / 2, (lane.top() + lane.bottom()) / 2 + f * 0.35, f, false,
                        Painter.Anchor.MIDDLE);
            }
            p.end();
        }
        p.end();
        Text.paint(layout.periodLabels(), palette, p, "periods");
        p.begin("time-axis");
        Text.paint(layout.timeLabels(), palette, p, null);
        p.end();
        Text.paint(layout.summary(), palette, p, "numbers");
    }

    private static void phases(NightLayout layout, NightPalette palette, Painter p, Lane lane) {
        double f = layout.options().fontSize();
        for (int level = SleepPhase.DEEP; level <= SleepPhase.AWAKE; level++) {
            p.color(palette.phase(level));
            double y = NightLayout.phaseCentre(level, lane.top(), lane.bottom());
            p.fillRect(layout.plot().left() - f * 1.1, y - f * 0.35, f * 0.7, f * 0.7);
        }
        p.color(palette.mutedText());
        for (Polyline l : layout.phaseSteps()) {
            p.polyline(l.xs(), l.ys(), l.xs().length, 1);
        }
        for (Box b : layout.phaseBlocks()) {
            p.color(palette.phase(b.level()));
            p.fillRect(b.x(), b.y(), b.width(), b.height());
        }
    }

    private static void shapes(SeriesShapes shapes, Rgb color, Painter p, double f) {
        p.color(color);
        for (Polyline l : shapes.lines()) {
            p.polyline(l.xs(), l.ys(), l.xs().length, Math.max(1.5, f / 7));
        }
        double r = Math.max(2, f / 5);
        for (double[] d : shapes.dots()) {
            p.fillRect(d[0] - r, d[1] - r, 2 * r, 2 * r);
        }
    }

    /** Still is drawn faint so that the moments of movement stand out. */
    private static void movement(List<Box> boxes, Rgb color, Painter p) {
        Rgb still = color.withOpacity(0.35);
        int current = -1;
        for (Box b : boxes) {
            int shade = b.level() <= 1 ? 0 : 1;
            if (shade != current) {
                p.color(shade == 0 ? still : color);
                current = shade;
            }
            p.fillRect(b.x(), b.y(), b.width(), b.height());
        }
    }
}
