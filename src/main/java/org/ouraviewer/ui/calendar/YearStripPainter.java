package org.ouraviewer.ui.calendar;

import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.ThemeColours;

/**
 * Paints the year strip's cells: 54 week columns of 7 days, each a square coloured by its day's band
 * with the theme's {@code -ov-band-*} colours, a day without a value in {@code -ov-border} at 45 %, the months
 * on screen outlined in {@code -ov-text-dim}, the selected day in {@code -ov-selection} (the sizes and colours
 * the stylesheet gave the cells when they were nodes).
 */
final class YearStripPainter {
    static final int WEEKS = 54;
    static final int CELLS = WEEKS * 7;
    private static final double CELL_EM = 0.85;
    private static final double GAP_EM = 0.15;

    /** What a cell shows; {@code band} null: no value. */
    record Cell(boolean inYear, DayBand band, boolean onScreen, boolean selected) {
    }

    private final Painter g;
    private final double em;
    private final ThemeColours theme;

    YearStripPainter(Painter g, double em, boolean dark) {
        this.g = g;
        this.em = em;
        this.theme = ThemeColours.of(dark);
    }

    static double step(double em) {
        return (CELL_EM + GAP_EM) * em;
    }

    static double width(double em) {
        return WEEKS * step(em) - GAP_EM * em;
    }

    static double height(double em) {
        return 7 * step(em) - GAP_EM * em;
    }

    /** The index of the cell under (x, y) (week * 7 + weekday), or -1 in a gap or outside. */
    static int cellAt(double x, double y, double em) {
        double step = step(em);
        int week = (int) Math.floor(x / step);
        int weekday = (int) Math.floor(y / step);
        if (x < 0 || y < 0 || week >= WEEKS || weekday >= 7
                || x - week * step > CELL_EM * em || y - weekday * step > CELL_EM * em) {
            return -1;
        }
        return week * 7 + weekday;
    }

    /** Paints the cells on a cleared canvas. */
    void paint(Cell[] cells) {
        double size = CELL_EM * em;
        for (int i = 0; i < cells.length; i++) {
            Cell c = cells[i];
            if (c == null || !c.inYear()) {
                continue;
            }
            double x = i / 7 * step(em);
            double y = i % 7 * step(em);
            double opacity = c.band() == null && !c.selected() ? 0.45 : 1;
            g.color(colour(c.band() == null ? "-ov-border" : "-ov-band-" + c.band().pseudoClass(), opacity));
            g.fillRect(x, y, size, size);
            double line = c.selected() ? GAP_EM * em : c.onScreen() ? 0.08 * em : 0;
            if (line > 0) {
                g.color(colour(c.selected() ? "-ov-selection" : "-ov-text-dim", opacity));
                g.fillRect(x, y, size, line);
                g.fillRect(x, y + size - line, size, line);
                g.fillRect(x, y, line, size);
                g.fillRect(x + size - line, y, line, size);
            }
        }
    }

    private Rgb colour(String name, double opacity) {
        Rgb c = theme.colour(name);
        return c.withOpacity(c.opacity() * opacity);
    }
}
