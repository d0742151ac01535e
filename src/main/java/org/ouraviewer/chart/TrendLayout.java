package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.metrics.DayMetric;

/**
 * Where everything of a trend chart goes for one size: the plot, a value axis per metric (the first on the
 * left, the second on the right, each in its metric's unit), the day axis, the legend, the marked days and
 * each metric's {@link TrendShapes}. Computed once per size, range or choice, so that painting only draws.
 * Immutable.
 */
public final class TrendLayout {
    /** @param header the title and range above the chart (exports; the tab has its own toolbar) */
    public record Options(double width, double height, double fontSize, boolean header) {
        public static Options export(double width, double height) {
            return new Options(width, height, Math.max(11, Math.min(22, Math.min(width / 120, height / 66))), true);
        }

        public static Options screen(double width, double height) {
            return new Options(width, height, 12, false);
        }
    }

    /**
     * A legend entry: what it draws ({@code dot}, {@code line}, {@code band}, {@code step}, {@code mark}), in
     * which series' colour (−1: a neutral one, for both series).
     */
    public record Key(String kind, int series, double x, double y, Text text) {
    }

    private final TrendChart chart;
    private final Options options;
    private final PlotArea plot;
    private final double dayWidth;
    private final List<TrendShapes> shapes = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private final List<Text> titles = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();
    private final List<double[]> gridXs = new ArrayList<>();
    private final List<Box> markedDays = new ArrayList<>();
    private final String emptyMessage;

    public TrendLayout(TrendChart chart, Options options) {
        this.chart = chart;
        this.options = options;
        double f = options.fontSize();
        boolean two = chart.lines().size() == 2;
        double plotLeft = f * 4.8;
        double plotRight = Math.max(plotLeft + 50, options.width() - (two ? f * 4.8 : f * 1.5));
        double y = options.header() ? f * 1.6 : 0;
        if (options.header()) {
            header(f);
            y += f * 2.2;
        }
        y += f * 1.4;
        y = legend(y, f);
        y += f * 2.2;
        for (int i = 0; i < chart.lines().size(); i++) {
            DayMetric m = chart.lines().get(i).trend().metric();
            titles.add(new Text(MetricAxis.title(m), i == 0 ? f * 0.4 : options.width() - f * 0.4, y, f,
                    true, false, i == 0 ? Painter.Anchor.START : Painter.Anchor.END));
        }
        double plotTop = y + f * 0.8;
        double plotBottom = Math.max(plotTop + 40, options.height() - f * 2.4);
        plot = new PlotArea(plotLeft, plotTop, plotRight, plotBottom);
        DayRange range = chart.range();
        dayWidth = (plotRight - plotLeft) / range.days();
        int ticks = ValueScale.ticksFor(plotTop, plotBottom, f * 4.5);
        boolean any = false;
        for (int i = 0; i < chart.lines().size(); i++) {
            TrendChart.Line line = chart.lines().get(i);
            double[] extent = TrendShapes.extent(line, range, chart.periods());
            any |= extent != null;
            ValueScale scale = MetricAxis.scale(line.trend().metric(), extent == null ? 0 : extent[0],
                    extent == null ? 100 : extent[1], ticks, plotTop, plotBottom);
            shapes.add(TrendShapes.of(i, line, scale, range, this::xOf, dayWidth, chart.periods()));
            DayMetric m = line.trend().metric();
            texts.addAll(scale.labels(v -> MetricAxis.tick(m, v), i == 0 ? plotLeft - f * 0.5 : plotRight + f * 0.5,
                    f * 0.9, f * 0.35, i == 0 ? Painter.Anchor.END : Painter.Anchor.START));
        }
        emptyMessage = any ? null : "No " + chart.lines().get(0).trend().metric().label().toLowerCase(java.util.Locale.ROOT)
                + " values from " + range.from() + " to " + range.to();
        for (DayTicks.Tick t : DayTicks.ticks(range.from(), range.to(), dayWidth, f * 0.9)) {
            double x = xOf(t.day());
            gridXs.add(new double[] {x, t.major() ? 1 : 0});
            texts.add(new Text(t.label(), x, plotBottom + f * 1.4, f * 0.9, false, true,
                    Painter.Anchor.MIDDLE));
        }
        for (LocalDate d : chart.marked().subSet(range.from(), true, range.to(), true)) {
            double w = Math.max(2, dayWidth);
            markedDays.add(new Box(xOf(d) - w / 2, plotTop, w, plotBottom - plotTop, 0));
        }
    }

    private void header(double f) {
        String names = String.join(" and ", chart.lines().stream().map(l -> l.trend().metric().label()).toList());
        texts.add(new Text(names, f * 0.4, f * 1.6, f * 1.3, true, false, Painter.Anchor.START));
        DayRange r = chart.range();
        texts.add(new Text(HeaderText.longDate(r.from()) + " to " + HeaderText.longDate(r.to()) + " · "
                + r.days() + " days", options.width() - f * 0.4, f * 1.6, f, false, true, Painter.Anchor.END));
    }

    /** A legend entry before it is placed. */
    private record Item(String kind, int series, String text) {
    }

    /**
     * The legend from {@code y}, wrapped to more rows when it does not fit; returns the last row's y. With two
     * metrics the entries are drawn in a neutral colour once for both (the axis titles say which colour is which).
     */
    private double legend(double y, double f) {
        double size = f * 0.9;
        boolean two = chart.lines().size() == 2;
        int series = two ? -1 : 0;
        String plural = two ? "s" : "";
        List<Item> items = new ArrayList<>();
        items.add(new Item("dot", series, "daily value" + plural));
        items.add(new Item("line", series, chart.lines().get(0).trend().window() + "-day mean" + plural));
        if (chart.periods() != TrendChart.Periods.NONE) {
            items.add(new Item("step", series, chart.periods().label().toLowerCase(java.util.Locale.ROOT)));
        }
        if (chart.lines().stream().anyMatch(l -> l.baseline().exists())) {
            items.add(new Item("band", series, "usual range" + plural + " (middle half of all days, median)"));
        }
        if (chart.markedName() != null) {
            items.add(new Item("mark", series, chart.markedName()));
        }
        LegendFlow flow = new LegendFlow(f * 0.4, options.width() - f * 0.4, y, f * 1.4);
        for (Item item : items) {
            double x = flow.place(f * 1.6 + LegendFlow.textWidth(item.text(), size), f * 1.2);
            keys.add(new Key(item.kind(), item.series(), x, flow.y(), new Text(item.text(), x + f * 1.6,
                    flow.y() + size * 0.35, size, false, true, Painter.Anchor.START)));
        }
        return flow.y();
    }

    /** The centre of a day's column. */
    public double xOf(LocalDate day) {
        return plot.left() + (day.toEpochDay() - chart.range().from().toEpochDay() + 0.5) * dayWidth;
    }

    /** The range's day at {@code x}, kept within the range. */
    public LocalDate dayAt(double x) {
        long i = (long) Math.floor((x - plot.left()) / dayWidth);
        return chart.range().from().plusDays(Math.max(0, Math.min(chart.range().days() - 1L, i)));
    }

    /** Days since the epoch, with a fraction, at {@code x}: the axis value the zoom gestures work in. */
    public double epochDayAt(double x) {
        return chart.range().from().toEpochDay() + (x - plot.left()) / dayWidth;
    }

    public TrendChart chart() {
        return chart;
    }

    public Options options() {
        return options;
    }

    public PlotArea plot() {
        return plot;
    }

    public double dayWidth() {
        return dayWidth;
    }

    public List<TrendShapes> shapes() {
        return shapes;
    }

    /** Tick labels of every axis and, in exports, the header: muted or not as each says. */
    public List<Text> texts() {
        return texts;
    }

    /** The axis titles, each in its metric's colour: the first's at the left, the second's at the right. */
    public List<Text> titles() {
        return titles;
    }

    public List<Key> keys() {
        return keys;
    }

    /** The day grid: x and 1 for a major line (a new month or year), 0 otherwise. */
    public List<double[]> gridXs() {
        return gridXs;
    }

    public List<Box> markedDays() {
        return markedDays;
    }

    /** What to say in an empty plot; null when there is something to draw. */
    public String emptyMessage() {
        return emptyMessage;
    }
}
