package org.ouraviewer.chart;

/** Paints a {@link TrendLayout} through a {@link Painter}: the one drawing of a trend for the screen, PNG and SVG. */
public final class TrendRenderer {
    private TrendRenderer() {
    }

    public static void paint(TrendLayout layout, ChartPalette palette, Painter p) {
        TrendLayout.Options o = layout.options();
        double f = o.fontSize();
        double left = layout.plot().left();
        double top = layout.plot().top();
        double width = layout.plot().right() - left;
        double height = layout.plot().bottom() - top;
        p.color(palette.background());
        p.fillRect(0, 0, o.width(), o.height());
        p.color(palette.plotBackground());
        p.fillRect(left, top, width, height);

        p.begin("marked-days");
        p.color(palette.marked().withOpacity(palette.marked().opacity() * 0.45));
        for (Box b : layout.markedDays()) {
            p.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        p.end();
        p.begin("grid");
        for (double[] g : layout.gridXs()) {
            p.color(g[1] > 0 ? palette.mutedText().withOpacity(0.45) : palette.grid());
            p.line(g[0], top, g[0], top + height, 1);
        }
        if (!layout.shapes().isEmpty()) {
            layout.shapes().get(0).scale().paintGrid(p, palette.grid(), left, left + width);
        }
        p.end();

        p.clip(left, top, width, height);
        for (TrendShapes s : layout.shapes()) {
            series(s, layout, palette, p, f);
        }
        p.unclip();

        p.begin("axes");
        Text.paint(layout.texts(), palette, p, null);
        for (Text t : layout.titles()) {
            p.color(palette.series(layout.titles().indexOf(t)));
            p.text(t.text(), t.x(), t.y(), t.size(), t.bold(), t.anchor());
        }
        p.end();
        p.begin("legend");
        for (TrendLayout.Key k : layout.keys()) {
            key(k, palette, p, f);
        }
        p.end();
        if (layout.emptyMessage() != null) {
            p.color(palette.mutedText());
            p.text(layout.emptyMessage(), left + width / 2, top + height / 2, f * 1.1, false, Painter.Anchor.MIDDLE);
        }
    }

    private static void series(TrendShapes s, TrendLayout layout, ChartPalette palette, Painter p, double f) {
        Rgb color = palette.series(s.index());
        String id = s.line().trend().metric().id();
        double left = layout.plot().left();
        double width = layout.plot().right() - left;
        if (s.band() != null) {
            p.begin("baseline-" + id);
            // two bands overlap: fainter fills, and their edges drawn so each stays readable
            boolean two = layout.shapes().size() > 1;
            p.color(color.withOpacity(palette.band() * (two ? 0.55 : 1)));
            p.fillRect(left, s.band()[0], width, s.band()[1] - s.band()[0]);
            p.color(color.withOpacity(0.45));
            p.line(left, s.band()[2], left + width, s.band()[2], 1);
            if (two) {
                p.line(left, s.band()[0], left + width, s.band()[0], 1);
                p.line(left, s.band()[1], left + width, s.band()[1], 1);
            }
            p.end();
        }
        p.begin("values-" + id);
        double r = Math.max(1.3, Math.min(3.2, layout.dayWidth() * 0.3)) * f / 12;
        p.color(color.withOpacity(layout.dayWidth() < 3 ? 0.45 : 0.7));
        for (int i = 0; i < s.dots(); i++) {
            p.fillRect(s.dotXs()[i] - r, s.dotYs()[i] - r, 2 * r, 2 * r);
        }
        p.end();
        p.begin("period-means-" + id);
        p.color(color.withOpacity(0.75));
        for (Polyline l : s.steps()) {
            p.polyline(l.xs(), l.ys(), l.xs().length, Math.max(1.2, f / 9));
        }
        p.end();
        p.begin("rolling-mean-" + id);
        p.color(color);
        for (Polyline l : s.rolling()) {
            p.polyline(l.xs(), l.ys(), l.xs().length, Math.max(2, f / 6));
        }
        p.end();
    }

    private static void key(TrendLayout.Key k, ChartPalette palette, Painter p, double f) {
        Rgb color = k.series() < 0 ? palette.mutedText() : palette.series(k.series());
        double x = k.x();
        double y = k.y();
        switch (k.kind()) {
            case "dot" -> {
                p.color(color.withOpacity(0.7));
                p.fillRect(x + f * 0.45, y - f * 0.2, f * 0.4, f * 0.4);
            }
            case "line" -> {
                p.color(color);
                p.line(x, y, x + f * 1.3, y, Math.max(2, f / 6));
            }
            case "step" -> {
                p.color(color.withOpacity(0.75));
                p.polyline(new double[] {x, x + f * 0.65, x + f * 0.65, x + f * 1.3},
                        new double[] {y + f * 0.25, y + f * 0.25, y - f * 0.25, y - f * 0.25}, 4, Math.max(1.2, f / 9));
            }
            case "band" -> {
                p.color(color.withOpacity(palette.band() * 2));
                p.fillRect(x, y - f * 0.4, f * 1.3, f * 0.8);
            }
            default -> {
                p.color(palette.marked());
                p.fillRect(x + f * 0.5, y - f * 0.5, f * 0.3, f);
            }
        }
        Text t = k.text();
        p.color(palette.mutedText());
        p.text(t.text(), t.x(), t.y(), t.size(), t.bold(), t.anchor());
    }
}
