package org.ouraviewer.chart.nights;

import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.Text;

/** Paints an {@link ActogramLayout} through a {@link Painter}: the one drawing for the tab, PNG and SVG. */
public final class ActogramRenderer {
    private ActogramRenderer() {
    }

    public static void paint(ActogramLayout layout, NightsPalette palette, Painter p) {
        ActogramLayout.Options o = layout.options();
        double left = layout.plot().left();
        double right = layout.plot().right();
        double top = layout.plot().top();
        double bottom = layout.plot().bottom();
        p.color(palette.night().background());
        p.fillRect(0, 0, o.width(), o.height());
        Text.paint(layout.header(), palette.night(), p, "header");

        p.begin("grid");
        p.color(palette.night().laneBackground());
        p.fillRect(left, top, right - left, bottom - top);
        ActogramAxes axes = layout.axes();
        // grid lines as rectangles one device pixel wide on whole pixels: crisp, and far cheaper for a software
        // renderer than anti-aliased strokes the height of the plot
        double px = 1 / o.scale();
        p.color(palette.night().grid());
        for (double x : axes.hourXs()) {
            p.fillRect(snap(x, o.scale()), top, px, bottom - top);
        }
        for (double y : axes.monthLines()) {
            p.fillRect(left, y, right - left, px);
        }
        p.color(palette.night().mutedText().withOpacity(0.6));
        p.fillRect(snap(axes.midnightX(), o.scale()), top, px, bottom - top);
        for (double y : axes.yearLines()) {
            p.fillRect(left - o.fontSize() * 0.4, y, right - left + o.fontSize() * 0.4, px);
        }
        p.end();

        p.begin("nights");
        ActogramPixels pixels = layout.pixels();
        if (pixels != null) {
            p.pixels(pixels.argb(palette), pixels.width(), pixels.height(), left, top, right - left, bottom - top);
        } else {
            for (int state = 1; state < ActogramRows.STATES; state++) {
                RectList bars = layout.bars(state);
                if (bars.count() > 0) {
                    p.color(palette.state(state));
                    bars.fill(p);
                }
            }
        }
        p.end();

        p.begin("marks");
        marks(layout, palette.tag(), true, p);
        marks(layout, palette.workout(), false, p);
        p.color(palette.night().mutedText());
        layout.marks().overflow().fill(p);
        p.end();

        p.begin("axes");
        Text.paint(axes.labels(), palette.night(), p, null);
        p.end();
        paintLegend(layout.legend(), palette, p);
    }

    private static double snap(double v, double scale) {
        return Math.floor(v * scale) / scale;
    }

    private static void marks(ActogramLayout layout, Rgb color, boolean tags, Painter p) {
        for (int level = 1; level <= 4; level++) {
            RectList marks = tags ? layout.marks().tags(level) : layout.marks().workouts(level);
            if (marks.count() > 0) {
                p.color(color.withOpacity(level / 4.0));
                marks.fill(p);
            }
        }
    }

    /** A legend's squares (or short lines, for series) and words. */
    static void paintLegend(Legend legend, NightsPalette palette, Painter p) {
        p.begin("legend");
        for (Legend.Mark m : legend.marks()) {
            p.color(palette.swatch(m.swatch()));
            if (m.line()) {
                p.line(m.x(), m.y() + m.size() / 2, m.x() + m.size(), m.y() + m.size() / 2, 2);
            } else {
                p.fillRect(m.x(), m.y(), m.size(), m.size());
            }
        }
        Text.paint(legend.texts(), palette.night(), p, null);
        p.end();
    }
}
