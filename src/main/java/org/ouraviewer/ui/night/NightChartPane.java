package org.ouraviewer.ui.night;

import javafx.beans.value.ObservableBooleanValue;
import org.ouraviewer.chart.ChartSentence;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.NightPalette;
import org.ouraviewer.chart.NightRenderer;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Readout;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.ChartCanvasPane;
import org.ouraviewer.ui.chart.ReadoutBox;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The chart of the Night tab: the lanes, with the crosshair and the zoom selection on the layer above them
 * ({@link ChartCanvasPane}). The mouse zooms as on every chart ({@link ZoomGestures}): drag to zoom to a range,
 * scroll to zoom around the pointer, drag with the right button (or Shift) to pan, double-click to reset.
 */
final class NightChartPane extends ChartCanvasPane<NightLayout, NightPalette> {
    private final NightViewModel viewModel;

    /** @param dark the appearance: the chart paints in the dark palette while it holds */
    NightChartPane(NightViewModel viewModel, ObservableBooleanValue dark) {
        super(dark, NightPalette::of, 800, 520);
        this.viewModel = viewModel;
        getStyleClass().add("night-chart");
        viewModel.seriesProperty().addListener((o, was, now) -> relayout());
        viewModel.zoom().windowProperty().addListener((o, was, now) -> relayout());
        // x is the clock, in epoch seconds; the crosshair draws nothing off the plot (NaN included).
        ZoomGestures.install(surface(), this, ZoomGestures.target(this, NightLayout::plot,
                x -> currentLayout().timeAt(x), this::drawCrosshair), viewModel.zoom());
    }

    NightViewModel viewModel() {
        return viewModel;
    }

    @Override
    protected NightLayout layOut(double width, double height) {
        NightSeries series = viewModel.seriesProperty().get();
        TimeZoom.Window window = viewModel.zoom().windowProperty().get();
        return series == null || window == null || width < 100 || height < 100 ? null : new NightLayout(series,
                null, NightLayout.Options.screen(width, height), window.start(), window.end());
    }

    @Override
    protected String describe(NightLayout layout) {
        return ChartSentence.night(layout.series(), viewModel.numbersProperty().get(), layout.viewStart(),
                layout.viewEnd());
    }

    @Override
    protected void paint(NightLayout layout, NightPalette palette, Painter p) {
        NightRenderer.paint(layout, palette, p);
    }

    /** The crosshair goes with the layout it was drawn on: a new one, or new colours, clear it. */
    @Override
    protected void redrawOverlay() {
        clearOverlay();
    }

    private void drawCrosshair(double x) {
        NightLayout layout = currentLayout();
        if (layout == null || !layout.plot().spansX(x)) {
            clearOverlay();
            return;
        }
        NightPalette palette = palette();
        CanvasPainter p = crosshair(layout.plot(), x, palette.crosshair().withOpacity(0.7), 1);
        double t = layout.timeAt(x);
        NightSeries.Reading r = layout.series().readingAt(t);
        marker(p, x, r.heartRate(), layout.heartRateScale().y(r.heartRate()), palette.heartRate());
        marker(p, x, r.hrv(), layout.hrvScale().y(r.hrv()), palette.hrv());
        ReadoutBox.paint(p, palette, Readout.lines(layout.series(), t), x, layout.plot(),
                layout.options().fontSize(), 0.62);
    }

    private static void marker(CanvasPainter p, double x, double value, double y, Rgb color) {
        if (!Double.isNaN(value)) {
            p.color(color);
            p.fillRect(x - 3.5, y - 3.5, 7, 7);
        }
    }
}
