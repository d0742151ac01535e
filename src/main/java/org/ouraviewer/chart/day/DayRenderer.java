package org.ouraviewer.chart.day;

import java.util.List;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Polyline;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.SeriesShapes;
import org.ouraviewer.chart.Text;
import org.ouraviewer.chart.ValueScale;

/** Paints a {@link DayLayout} through a {@link Painter}: the one drawing of the day for the screen, PNG and SVG. */
public final class DayRenderer {
    private DayRenderer() {
    }

    public static void paint(DayLayout layout, DayPalette palette, Painter p) {
        double f = layout.options().fontSize();
        double left = layout.plot().left();
        double right = layout.plot().right();
        p.color(palette.background());
        p.fillRect(0, 0, layout.options().width(), layout.options().height());
        Text.paint(layout.header(), palette, p, "header");
        p.begin("lanes");
        for (Lane lane : layout.lanes()) {
            p.color(palette.laneBackground());
            p.fillRect(left, lane.top(), right - left, lane.height());
        }
        boxes(layout.marks().restModeBands(), palette, p, 1);
        p.color(palette.grid());
        for (double x : layout.gridXs()) {
            for (Lane lane : layout.lanes()) {
                p.line(x, lane.top(), x, lane.bottom(), 1);
            }
        }
        for (Lane lane : layout.lanes()) {
            p.begin("lane-" + lane.id());
            lane.paintLabels(p, palette, left, f);
            ValueScale scale = layout.scale(lane.id());
            if (scale != null) {
                scale.paintGrid(p, palette.grid(), left, right);
            }
            lane.clip(p, left, right);
            switch (lane.id()) {
                case DayLayout.SLEEP -> boxes(layout.sleepBlocks(), palette, p, 1);
                case DayLayout.CLASSES -> boxes(layout.classBlocks(), palette, p, 1);
                case DayLayout.MET -> shapes(layout.metShapes(), palette.met(), p, f);
                case DayLayout.EVENTS -> {
                    boxes(layout.marks().events(), palette, p, 0.55);
                    Text.paint(layout.marks().eventLabels(), palette, p, null);
                }
                default -> {
                    if (lane.id().equals(DayLayout.HEART_RATE)) {
                        shapes(layout.sessionHeartRate(), palette.session().withOpacity(0.6), p, f);
                    }
                    strokes(layout, lane, palette, p, f);
                }
            }
            p.unclip();
            if (lane.emptyMessage() != null) {
                p.color(palette.mutedText());
                double size = Math.min(f, lane.height() * 0.8);
                p.text(lane.emptyMessage(), (left + right) / 2, (lane.top() + lane.bottom()) / 2 + size * 0.35, size,
                        false, Painter.Anchor.MIDDLE);
            }
            p.end();
        }
        p.end();
        p.begin("legend");
        for (Box b : layout.marks().swatches()) {
            if (b.level() == DayPalette.REST_MODE) {
                // the see-through tint over a lane's background, as the bands show it, outlined to be found
                p.color(palette.laneBackground());
                p.fillRect(b.x(), b.y(), b.width(), b.height());
                p.color(palette.colour(DayPalette.REST_MODE).withOpacity(1));
                p.fillRect(b.x(), b.y(), b.width(), 1);
                p.fillRect(b.x(), b.y() + b.height() - 1, b.width(), 1);
                p.fillRect(b.x(), b.y(), 1, b.height());
                p.fillRect(b.x() + b.width() - 1, b.y(), 1, b.height());
            }
        }
        boxes(layout.marks().swatches(), palette, p, 1);
        Text.paint(layout.marks().legend(), palette, p, null);
        p.end();
        p.begin("time-axis");
        Text.paint(layout.timeLabels(), palette, p, null);
        p.end();
        Text.paint(layout.summary(), palette, p, "numbers");
    }

    private static void boxes(List<Box> boxes, DayPalette palette, Painter p, double opacity) {
        int current = Integer.MIN_VALUE;
        for (Box b : boxes) {
            if (b.level() != current) {
                current = b.level();
                p.color(opacity < 1 ? palette.colour(current).withOpacity(opacity) : palette.colour(current));
            }
            p.fillRect(b.x(), b.y(), b.width(), b.height());
        }
    }

    /** The lines and dots of the timed points of {@code lane}. */
    private static void strokes(DayLayout layout, Lane lane, DayPalette palette, Painter p, double f) {
        PointShapes.Drawn drawn = layout.points(lane.id());
        double width = Math.max(1.5, f / 7);
        int current = Integer.MIN_VALUE;
        for (PointShapes.Stroke s : drawn.lines()) {
            if (s.key() != current) {
                current = s.key();
                p.color(palette.colour(current));
            }
            Polyline l = s.line();
            p.polyline(l.xs(), l.ys(), l.xs().length, width);
        }
        boxes(drawn.dots(), palette, p, 1);
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
}
