package org.ouraviewer.chart.nights;

import java.time.LocalDate;
import java.util.List;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.Text;

/**
 * Where everything of the actogram goes for one size: computed once per range and size, so that painting only
 * loops over arrays ({@link RectList}), which keeps six years within a frame.
 *
 * <p><b>Density.</b> Rows are snapped to device pixels (so a row is never a blur across two). While every
 * day gets at least one device pixel, each is drawn in full, with a gap between rows from 4 pixels up. With
 * more days than device pixels, a pixel row holds several consecutive days, and each point of it shows what
 * most of them were doing there ({@link ActogramRaster}); the tag and workout marks of such a row are as
 * opaque as the share of its days that have one. The legend says how many days a pixel row holds.
 */
public final class ActogramLayout {
    /**
     * @param scale  device pixels per logical pixel (the screen's output scale, or the PNG's 1×, 2×, 3×)
     * @param header a title and subtitle above the chart (exports; the tab has its own toolbar)
     * @param pixels the bars also as one image ({@link ActogramPixels}), which the screen draws
     */
    public record Options(double width, double height, double fontSize, double scale, boolean header,
                          boolean pixels) {
        public static Options export(double width, double height, double scale) {
            double font = Math.max(11, Math.min(20, Math.min(width / 120, height / 60)));
            return new Options(width, height, font, scale, true, false);
        }

        public static Options screen(double width, double height, double scale) {
            return new Options(width, height, 12, scale, false, true);
        }
    }

    private final ActogramRows rows;
    private final Options options;
    private final PlotArea plot;
    private final double daysPerLine;
    private final RectList[] bars = new RectList[ActogramRows.STATES];
    private final ActogramMarks marks;
    private final ActogramAxes axes;
    private final List<Text> header;
    private final Legend legend;
    private final ActogramPixels pixels;

    /**
     * @param title      the header's first line (exports)
     * @param markedName what the tag marks stand for ("Tag day", or a tag's name)
     */
    public ActogramLayout(ActogramRows rows, Options options, String title, String markedName) {
        this.rows = rows;
        this.options = options;
        double f = options.fontSize();
        double s = options.scale();
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new RectList();
        }
        header = !options.header() ? List.of() : HeaderText.titled(title, rows.nights() + " of " + rows.rows()
                + " days with sleep data · one row a day, oldest at the top · the clock each night was recorded in,"
                + " 18:00 to 14:00", f);
        double top = options.header() ? HeaderText.belowTitled(f) : f * 0.4;
        boolean dayLabels = ActogramAxes.wantsDayLabels(rows.rows(), options.height(), f);
        // on device pixels, so that merged pixel rows paint as whole pixels, without anti-aliased edges
        // room for the widest bold first-row label, "Wed 30 Sep 2024" (about 8.3 em of the font in DejaVu Sans)
        double plotLeft = snap(f * (dayLabels ? 10.6 : 6.4));
        double plotRight = snap(Math.max(plotLeft + 50, options.width() - f * 1.8));
        double plotTop = snap(top + f * 1.6);
        marks = new ActogramMarks(plotLeft, plotRight, f);
        List<Legend.Entry> entries = legendEntries(markedName);
        // the density note depends on the plot's height, which depends on the legend's: estimate with a note
        List<String> probe = List.of("99 days a pixel row: what most of them did");
        double legendHeight = Legend.height(entries, probe, options.width() - 2 * f, f);
        double bottomAxis = f * 1.6;
        double available = snap(options.height() - legendHeight - bottomAxis - f * 0.6) - plotTop;
        int deviceRows = (int) Math.floor(Math.max(1, available) * s);
        int n = rows.rows();
        daysPerLine = n <= deviceRows || n == 0 ? 1 : n / (double) deviceRows;
        // a few days are rows of at most three lines of text, not stretched over the whole height
        double plotBottom = daysPerLine > 1 ? plotTop + deviceRows / s
                : plotTop + Math.max(1, Math.min(available, snap(Math.max(1, n) * f * 3)));
        plot = new PlotArea(plotLeft, plotTop, plotRight, plotBottom);
        if (daysPerLine > 1) {
            ActogramRaster.paint(rows, deviceRows, (int) Math.ceil((plotRight - plotLeft) * s), plotLeft, plotTop, s,
                    bars);
            for (int line = 0; line < deviceRows; line++) {
                marks.add(rows, ActogramRaster.firstRow(line, deviceRows, n),
                        ActogramRaster.firstRow(line + 1, deviceRows, n), plotTop + line / s, 1 / s);
            }
        } else {
            exactRows();
        }
        pixels = options.pixels() ? ActogramPixels.of(bars, plotLeft, plotTop, plotRight, plotBottom, s) : null;
        axes = new ActogramAxes(this, dayLabels);
        List<String> notes = daysPerLine > 1
                ? List.of(String.format(java.util.Locale.ROOT, "%.1f days a pixel row: what most of them did",
                daysPerLine)) : List.of();
        legend = new Legend(entries, notes, f * 0.8, plotBottom + bottomAxis, options.width() - f, f);
    }

    private static List<Legend.Entry> legendEntries(String markedName) {
        return List.of(new Legend.Entry(Swatch.DEEP, "Deep", false), new Legend.Entry(Swatch.LIGHT, "Light", false),
                new Legend.Entry(Swatch.REM, "REM", false), new Legend.Entry(Swatch.AWAKE, "Awake", false),
                new Legend.Entry(Swatch.PLAIN, "Sleep, no phases", false),
                new Legend.Entry(Swatch.REST, "Rest (thin)", false), new Legend.Entry(Swatch.TAG, markedName, false),
                new Legend.Entry(Swatch.WORKOUT, "Workout day", false));
    }

    private double snap(double v) {
        return Math.round(v * options.scale()) / options.scale();
    }

    /** Each day its own row of whole device pixels. */
    private void exactRows() {
        for (int r = 0; r < rows.rows(); r++) {
            double y0 = rowTop(r);
            double y1 = rowBottom(r);
            double h = y1 - y0;
            double gap = h * options.scale() >= 4 ? snap(Math.max(1 / options.scale(), h * 0.18)) : 0;
            double barHeight = h - gap;
            for (int i = rows.firstRun(r); i < rows.endRun(r); i++) {
                int state = rows.runState(i);
                double x0 = xOf(rows.runStart(i));
                double x1 = xOf(rows.runEnd(i));
                // rest is not sleep: a thin bar through the middle of the row
                double thin = state == ActogramRows.REST ? Math.max(1 / options.scale(), snap(barHeight / 3)) : 0;
                double y = thin > 0 ? y0 + snap((barHeight - thin) / 2) : y0;
                bars[state].add(x0, y, x1 - x0, thin > 0 ? thin : barHeight);
            }
            marks.add(rows, r, r + 1, y0, barHeight);
        }
    }

    /** The x of a time given in seconds after 18:00. */
    public double xOf(double seconds) {
        return plot.left() + seconds / ActogramRows.WINDOW_SECONDS * plot.width();
    }

    /** The top of a day's row, snapped to a device pixel (in merged rows, of the pixel row that holds it). */
    public double rowTop(int row) {
        return snap(plot.top() + row * plot.height() / Math.max(1, rows.rows()));
    }

    public double rowBottom(int row) {
        double bottom = snap(plot.top() + (row + 1) * plot.height() / Math.max(1, rows.rows()));
        return Math.max(bottom, rowTop(row) + 1 / options.scale());
    }

    /** The day's row under {@code y}, or -1 outside the rows. */
    public int rowAt(double y) {
        if (y < plot.top() || y >= plot.bottom() || rows.rows() == 0) {
            return -1;
        }
        return Math.min(rows.rows() - 1, (int) Math.floor((y - plot.top()) / plot.height() * rows.rows()));
    }

    public ActogramRows rows() {
        return rows;
    }

    public Options options() {
        return options;
    }

    public PlotArea plot() {
        return plot;
    }

    /** How many days a pixel row holds: 1 while each day has its own row. */
    public double daysPerLine() {
        return daysPerLine;
    }

    /** The bars of a state ({@link ActogramRows}). */
    public RectList bars(int state) {
        return bars[state];
    }

    /** The tag, workout and overflow marks at the rows' edges. */
    public ActogramMarks marks() {
        return marks;
    }

    /** The bars as one image of the plot, or null (exports paint the rectangles). */
    public ActogramPixels pixels() {
        return pixels;
    }

    public ActogramAxes axes() {
        return axes;
    }

    public List<Text> header() {
        return header;
    }

    public Legend legend() {
        return legend;
    }

    /** The day of {@code row}; for labels. */
    LocalDate day(int row) {
        return rows.day(row);
    }
}
