package org.ouraviewer.ui.trends;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.chart.TrendLayout;
import org.ouraviewer.chart.TrendReadout;
import org.ouraviewer.chart.TrendRenderer;
import org.ouraviewer.chart.TrendShapes;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.chart.DayZoom;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The trend chart of the Trends tab: the chart on one canvas, the crosshair, the readout and the keyboard's
 * day on a second canvas above it, so that moving the pointer never repaints the chart. The mouse zooms as
 * on every chart ({@link ZoomGestures}), the range control carrying it out ({@link DayZoom}); a click opens
 * the day in the Night tab. FX thread only.
 */
final class TrendChartPane extends Region {
    private final TrendsViewModel viewModel;
    private final DayRangeControl range;
    private final DayZoom zoom;
    private final Canvas chart = new Canvas();
    private final Canvas overlay = new Canvas();
    private ChartPalette palette;
    private TrendLayout layout;
    /** The day the keyboard is on (Left, Right, Enter); null until a key moves it. */
    private LocalDate cursor;
    private double pointerX = Double.NaN;
    /** The time the last layout and paint took, for the benchmark. */
    private long lastRedrawNanos;
    /** The lines of the readout showing; empty when none is. */
    private List<String> readout = List.of();

    TrendChartPane(TrendsViewModel viewModel, DayRangeControl range, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.range = range;
        this.zoom = new DayZoom(range);
        this.palette = ChartPalette.of(dark.get());
        getStyleClass().add("trend-chart");
        setFocusTraversable(true);
        getChildren().addAll(chart, overlay);
        viewModel.chartProperty().addListener((o, was, now) -> relayout());
        dark.addListener((o, was, now) -> {
            palette = ChartPalette.of(now);
            relayout();
        });
        focusedProperty().addListener((o, was, now) -> drawOverlay());
        ZoomGestures.install(overlay, this, new Gestures());
    }

    ChartPalette palette() {
        return palette;
    }

    TrendLayout currentLayout() {
        return layout;
    }

    long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    LocalDate cursor() {
        return cursor;
    }

    /** What the readout says now (the day, then each metric); empty when none shows. */
    List<String> readout() {
        return readout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 760;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != chart.getWidth() || h != chart.getHeight()) {
            chart.setWidth(w);
            chart.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            relayout();
        }
    }

    /** Lays out and paints again (new choice, range, size or colours): the only place this happens. */
    private void relayout() {
        long t0 = System.nanoTime();
        TrendChart c = viewModel.chartProperty().get();
        double w = chart.getWidth();
        double h = chart.getHeight();
        layout = c == null || w < 200 || h < 150 ? null : new TrendLayout(c, TrendLayout.Options.screen(w, h));
        var g = chart.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (layout != null) {
            TrendRenderer.paint(layout, palette, new CanvasPainter(g));
        }
        if (cursor != null && c != null && !c.range().contains(cursor)) {
            cursor = null;
        }
        drawOverlay();
        lastRedrawNanos = System.nanoTime() - t0;
    }

    /** The crosshair at the pointer, else at the keyboard's day when the chart has the focus, with its readout. */
    private void drawOverlay() {
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        readout = List.of();
        if (layout == null) {
            return;
        }
        LocalDate day = !Double.isNaN(pointerX) ? layout.dayAt(pointerX) : isFocused() ? cursor : null;
        if (day == null) {
            return;
        }
        CanvasPainter p = new CanvasPainter(overlay.getGraphicsContext2D());
        double x = layout.xOf(day);
        double top = layout.plot().top();
        double bottom = layout.plot().bottom();
        p.color(palette.crosshair().withOpacity(Double.isNaN(pointerX) ? 0.9 : 0.6));
        p.line(x, top, x, bottom, Double.isNaN(pointerX) ? 2 : 1);
        for (TrendShapes s : layout.shapes()) {
            var t = s.line().trend();
            int i = (int) (day.toEpochDay() - t.from().toEpochDay());
            double v = i >= 0 && i < t.size() ? t.value(i) : Double.NaN;
            if (!Double.isNaN(v)) {
                p.color(palette.series(s.index()));
                p.fillRect(x - 4.5, s.scale().y(v) - 4.5, 9, 9);
            }
        }
        readout = TrendReadout.lines(layout.chart(), day);
        readout(p, x, readout);
    }

    private void readout(Painter p, double x, List<String> lines) {
        double size = layout.options().fontSize();
        double boxWidth = lines.stream().mapToInt(String::length).max().orElse(10) * size * 0.6 + size;
        double boxHeight = lines.size() * size * 1.4 + size * 0.6;
        double bx = x + 12 + boxWidth > layout.plot().right() ? x - 12 - boxWidth : x + 12;
        double by = layout.plot().top() + 4;
        p.color(palette.readoutBackground());
        p.fillRect(bx, by, boxWidth, boxHeight);
        p.color(palette.grid());
        p.polyline(new double[] {bx, bx + boxWidth, bx + boxWidth, bx, bx},
                new double[] {by, by, by + boxHeight, by + boxHeight, by}, 5, 1);
        for (int i = 0; i < lines.size(); i++) {
            p.color(i == 0 ? palette.text() : palette.mutedText());
            p.text(lines.get(i), bx + size * 0.5, by + size * (1.3 + 1.4 * i), size, i == 0, Painter.Anchor.START);
        }
    }

    /** Moves the keyboard's day by {@code days}, moving the range along when it leaves it. */
    void moveCursor(int days) {
        TrendChart c = viewModel.chartProperty().get();
        if (c == null) {
            return;
        }
        DayRange r = c.range();
        LocalDate base = cursor != null ? cursor : days < 0 ? r.to().plusDays(1) : r.from().minusDays(1);
        LocalDate next = base.plusDays(days);
        DayRange bounds = range.bounds();
        if (bounds == null || !bounds.contains(next)) {
            return;
        }
        pointerX = Double.NaN;
        cursor = next;
        zoom.reveal(next);
        drawOverlay();
    }

    /** The zoom gestures' view of this chart: x is the day, in days since the epoch with a fraction. */
    private final class Gestures implements ZoomGestures.Target {
        @Override
        public boolean hasPlot() {
            return layout != null;
        }

        @Override
        public double plotLeft() {
            return layout.plot().left();
        }

        @Override
        public double plotRight() {
            return layout.plot().right();
        }

        @Override
        public double valueAt(double x) {
            return layout.epochDayAt(x);
        }

        @Override
        public void zoomTo(double a, double b) {
            zoom.zoomTo(a, b);
        }

        @Override
        public void zoomAround(double anchor, double factor) {
            zoom.zoomAround(anchor, factor);
        }

        @Override
        public void pan(double days) {
            zoom.pan(days);
        }

        @Override
        public void resetZoom() {
            zoom.reset();
        }

        @Override
        public void pointer(double x) {
            pointerX = x;
            drawOverlay();
        }

        @Override
        public void selecting(double x0, double x1) {
            CanvasPainter p = new CanvasPainter(overlay.getGraphicsContext2D());
            p.color(palette.selection());
            p.fillRect(Math.min(x0, x1), layout.plot().top(), Math.abs(x1 - x0), layout.plot().bottom() - layout.plot().top());
        }

        @Override
        public void clicked(double x, double y) {
            if (y >= layout.plot().top() && y <= layout.plot().bottom()) {
                viewModel.open(layout.dayAt(x));
            }
        }
    }
}
