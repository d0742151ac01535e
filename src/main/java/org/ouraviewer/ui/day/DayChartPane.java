package org.ouraviewer.ui.day;

import javafx.beans.value.ObservableBooleanValue;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.chart.ValueScale;
import org.ouraviewer.chart.day.DayLayout;
import org.ouraviewer.chart.day.DaySentence;
import org.ouraviewer.chart.day.DayPalette;
import org.ouraviewer.chart.day.DayReading;
import org.ouraviewer.chart.day.DayReadout;
import org.ouraviewer.chart.day.DayRenderer;
import org.ouraviewer.chart.day.DaySeries;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.ChartCanvasPane;
import org.ouraviewer.ui.chart.ReadoutBox;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The chart of the Day tab: the lanes, with the crosshair and the zoom selection on the layer above them
 * ({@link ChartCanvasPane}), so moving the pointer never repaints the day. The mouse zooms as on the Night tab
 * ({@link ZoomGestures}): drag to zoom to a range, scroll around the pointer, right-drag or Shift-drag to pan,
 * double-click to reset.
 */
final class DayChartPane extends ChartCanvasPane<DayLayout, DayPalette> {
    private final DayViewModel viewModel;

    DayChartPane(DayViewModel viewModel, ObservableBooleanValue dark) {
        super(dark, DayPalette::of, 800, 560);
        this.viewModel = viewModel;
        getStyleClass().add("day-chart");
        viewModel.seriesProperty().addListener((o, was, now) -> relayout());
        viewModel.zoom().windowProperty().addListener((o, was, now) -> relayout());
        // x is the clock, in epoch seconds; the crosshair draws nothing off the plot (NaN included).
        ZoomGestures.install(surface(), this, ZoomGestures.target(this, DayLayout::plot,
                x -> currentLayout().timeAt(x), this::drawCrosshair), viewModel.zoom());
    }

    @Override
    protected DayLayout layOut(double width, double height) {
        DaySeries series = viewModel.seriesProperty().get();
        TimeZoom.Window window = viewModel.zoom().windowProperty().get();
        return series == null || window == null || width < 100 || height < 100 ? null : new DayLayout(series, null,
                NightLayout.Options.screen(width, height), window.start(), window.end());
    }

    @Override
    protected String describe(DayLayout layout) {
        return DaySentence.of(layout.series(), layout.viewStart(), layout.viewEnd());
    }

    @Override
    protected void paint(DayLayout layout, DayPalette palette, Painter p) {
        DayRenderer.paint(layout, palette, p);
    }

    /** The crosshair goes with the layout it was drawn on: a new one, or new colours, clear it. */
    @Override
    protected void redrawOverlay() {
        clearOverlay();
    }

    /** Draws the crosshair at {@code x} with a marker on each value lane and the readout of every lane. */
    private void drawCrosshair(double x) {
        DayLayout layout = currentLayout();
        if (layout == null || !layout.plot().spansX(x)) {
            clearOverlay();
            return;
        }
        DayPalette palette = palette();
        CanvasPainter p = crosshair(layout.plot(), x, palette.crosshair().withOpacity(0.7), 1);
        double t = layout.timeAt(x);
        DayReading r = DayReading.at(layout.series(), t);
        marker(p, x, r.met(), layout.scale(DayLayout.MET), palette.met());
        marker(p, x, r.heartRate(), layout.scale(DayLayout.HEART_RATE), r.heartRateSource() == null ? null
                : palette.heartRate(r.heartRateSource()));
        marker(p, x, r.stress(), layout.scale(DayLayout.STRESS), palette.stress());
        marker(p, x, r.recovery(), layout.scale(DayLayout.STRESS), palette.recovery());
        marker(p, x, r.skinTemperature(), layout.scale(DayLayout.SKIN), palette.skinTemperature());
        ReadoutBox.paint(p, palette, DayReadout.lines(layout.series(), t), x, layout.plot(),
                layout.options().fontSize(), 0.62);
    }

    private static void marker(CanvasPainter p, double x, double value, ValueScale scale, Rgb color) {
        if (!Double.isNaN(value) && scale != null && color != null) {
            double y = scale.y(value);
            p.color(color);
            p.fillRect(x - 3.5, y - 3.5, 7, 7);
        }
    }
}
