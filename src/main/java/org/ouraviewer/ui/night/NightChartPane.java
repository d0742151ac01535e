package org.ouraviewer.ui.night;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.beans.value.ObservableBooleanValue;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.NightRenderer;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Readout;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The chart of the Night tab: the lanes on one canvas, the crosshair and the zoom selection on a second
 * canvas above it, so that moving the pointer never repaints the lanes. The mouse zooms as on every chart
 * ({@link ZoomGestures}): drag to zoom to a range, scroll to zoom around the pointer, drag with the right
 * button (or Shift) to pan, double-click to reset.
 */
final class NightChartPane extends Region {
    private final NightViewModel viewModel;
    private final Canvas chart = new Canvas();
    private final Canvas overlay = new Canvas();
    private NightLayout layout;
    private final ObservableBooleanValue dark;
    private NightPalette palette;

    /** @param dark the appearance: the chart paints in the dark palette while it holds */
    NightChartPane(NightViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.dark = dark;
        this.palette = NightPalette.of(dark.get());
        getStyleClass().add("night-chart");
        setFocusTraversable(true);
        getChildren().addAll(chart, overlay);
        viewModel.seriesProperty().addListener((o, was, now) -> relayout());
        viewModel.windowProperty().addListener((o, was, now) -> relayout());
        dark.addListener((o, was, now) -> {
            palette = NightPalette.of(now);
            repaint();
        });
        ZoomGestures.install(overlay, this, new Gestures());
    }

    /** The palette in use, which follows the appearance (light or dark). */
    NightPalette palette() {
        return palette;
    }

    NightViewModel viewModel() {
        return viewModel;
    }

    NightLayout currentLayout() {
        return layout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
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

    /** Lays out again (new night, zoom, size); the only place geometry is computed for the screen. */
    private void relayout() {
        NightSeries series = viewModel.seriesProperty().get();
        NightViewModel.TimeWindow window = viewModel.windowProperty().get();
        double w = chart.getWidth();
        double h = chart.getHeight();
        layout = series == null || window == null || w < 100 || h < 100 ? null
                : new NightLayout(series, null, NightLayout.Options.screen(w, h), window.start(), window.end());
        repaint();
        clearOverlay();
    }

    private void repaint() {
        var g = chart.getGraphicsContext2D();
        g.clearRect(0, 0, chart.getWidth(), chart.getHeight());
        if (layout != null) {
            NightRenderer.paint(layout, palette, new CanvasPainter(g));
        }
    }

    private void clearOverlay() {
        overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    }

    private boolean inPlot(double x) {
        return layout != null && x >= layout.plot().left() && x <= layout.plot().right();
    }

    private void drawCrosshair(double x) {
        clearOverlay();
        if (!inPlot(x)) {
            return;
        }
        CanvasPainter p = new CanvasPainter(overlay.getGraphicsContext2D());
        List<NightLayout.Lane> lanes = layout.lanes();
        double top = lanes.get(0).top();
        double bottom = lanes.get(lanes.size() - 1).bottom();
        p.color(palette.crosshair().withOpacity(0.7));
        p.line(x, top, x, bottom, 1);
        double t = layout.timeAt(x);
        NightSeries.Reading r = layout.series().readingAt(t);
        marker(p, x, r.heartRate(), layout.heartRateScale().y(r.heartRate()), palette.heartRate());
        marker(p, x, r.hrv(), layout.hrvScale().y(r.hrv()), palette.hrv());
        List<String> lines = Readout.lines(layout.series(), t);
        double size = layout.options().fontSize();
        double boxWidth = lines.stream().mapToInt(String::length).max().orElse(10) * size * 0.62 + size;
        double boxHeight = lines.size() * size * 1.4 + size * 0.6;
        double bx = x + 12 + boxWidth > layout.plot().right() ? x - 12 - boxWidth : x + 12;
        p.color(palette.readoutBackground());
        p.fillRect(bx, top + 4, boxWidth, boxHeight);
        p.color(palette.grid());
        p.polyline(new double[] {bx, bx + boxWidth, bx + boxWidth, bx, bx},
                new double[] {top + 4, top + 4, top + 4 + boxHeight, top + 4 + boxHeight, top + 4}, 5, 1);
        for (int i = 0; i < lines.size(); i++) {
            p.color(i == 0 ? palette.text() : palette.mutedText());
            p.text(lines.get(i), bx + size * 0.5, top + 4 + size * (1.3 + 1.4 * i), size, i == 0, Painter.Anchor.START);
        }
    }

    private static void marker(CanvasPainter p, double x, float value, double y, Rgb color) {
        if (!Float.isNaN(value)) {
            p.color(color);
            p.fillRect(x - 3.5, y - 3.5, 7, 7);
        }
    }

    /** The zoom gestures' view of this chart: x is the clock, in epoch seconds. */
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
            return layout.timeAt(x);
        }

        @Override
        public void zoomTo(double a, double b) {
            viewModel.zoomTo(a, b);
        }

        @Override
        public void zoomAround(double anchor, double factor) {
            viewModel.zoomAround(anchor, factor);
        }

        @Override
        public void pan(double seconds) {
            viewModel.pan(seconds);
        }

        @Override
        public void resetZoom() {
            viewModel.resetZoom();
        }

        @Override
        public void pointer(double x) {
            if (Double.isNaN(x)) {
                clearOverlay();
            } else {
                drawCrosshair(x);
            }
        }

        @Override
        public void selecting(double x0, double x1) {
            CanvasPainter p = new CanvasPainter(overlay.getGraphicsContext2D());
            p.color(palette.selection());
            List<NightLayout.Lane> lanes = layout.lanes();
            double top = lanes.get(0).top();
            p.fillRect(Math.min(x0, x1), top, Math.abs(x1 - x0), lanes.get(lanes.size() - 1).bottom() - top);
        }
    }
}
