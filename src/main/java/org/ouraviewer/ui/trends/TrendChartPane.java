package org.ouraviewer.ui.trends;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.ChartSentence;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.chart.TrendLayout;
import org.ouraviewer.chart.TrendReadout;
import org.ouraviewer.chart.TrendRenderer;
import org.ouraviewer.chart.TrendShapes;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.ChartCanvasPane;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.chart.DayZoom;
import org.ouraviewer.ui.chart.ReadoutBox;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The trend chart of the Trends tab, with the crosshair, the readout and the keyboard's day on the layer above
 * it ({@link ChartCanvasPane}). The mouse zooms as on every chart ({@link ZoomGestures}), the range control
 * carrying it out ({@link DayZoom}); a click opens the day in the Night tab. FX thread only.
 */
final class TrendChartPane extends ChartCanvasPane<TrendLayout, ChartPalette> {
    private final TrendsViewModel viewModel;
    private final DayRangeControl range;
    private final DayZoom zoom;
    /** The day the keyboard is on (Left, Right, Enter); null until a key moves it. */
    private LocalDate cursor;
    private double pointerX = Double.NaN;
    /** The lines of the readout showing; empty when none is. */
    private List<String> readout = List.of();

    TrendChartPane(TrendsViewModel viewModel, DayRangeControl range, DayZoom zoom, ObservableBooleanValue dark) {
        super(dark, ChartPalette::of, 760, 480);
        this.viewModel = viewModel;
        this.range = range;
        this.zoom = zoom;
        getStyleClass().add("trend-chart");
        viewModel.chartProperty().addListener((o, was, now) -> relayout());
        focusedProperty().addListener((o, was, now) -> redrawOverlay());
        // x is the day, in days since the epoch with a fraction.
        ZoomGestures.install(surface(), this, ZoomGestures.target(this, TrendLayout::plot,
                x -> currentLayout().epochDayAt(x), x -> {
                    pointerX = x;
                    redrawOverlay();
                }, this::clicked), zoom);
    }

    LocalDate cursor() {
        return cursor;
    }

    /** What the readout says now (the day, then each metric); empty when none shows. */
    List<String> readout() {
        return readout;
    }

    @Override
    protected TrendLayout layOut(double width, double height) {
        TrendChart c = viewModel.chartProperty().get();
        if (cursor != null && c != null && !c.range().contains(cursor)) {
            cursor = null;
        }
        return c == null || width < 200 || height < 150 ? null
                : new TrendLayout(c, TrendLayout.Options.screen(width, height));
    }

    @Override
    protected String describe(TrendLayout layout) {
        return ChartSentence.trend(viewModel.chartProperty().get());
    }

    @Override
    protected void paint(TrendLayout layout, ChartPalette palette, Painter p) {
        TrendRenderer.paint(layout, palette, p);
    }

    /** The crosshair at the pointer, else at the keyboard's day when the chart has the focus, with its readout. */
    @Override
    protected void redrawOverlay() {
        TrendLayout layout = currentLayout();
        readout = List.of();
        LocalDate day = layout == null ? null
                : !Double.isNaN(pointerX) ? layout.dayAt(pointerX) : isFocused() ? cursor : null;
        if (day == null) {
            clearOverlay();
            return;
        }
        ChartPalette palette = palette();
        double x = layout.xOf(day);
        boolean pointed = !Double.isNaN(pointerX);
        CanvasPainter p = crosshair(layout.plot(), x, palette.crosshair().withOpacity(pointed ? 0.6 : 0.9),
                pointed ? 1 : 2);
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
        ReadoutBox.paint(p, palette, readout, x, layout.plot(), layout.options().fontSize(), 0.6);
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
        redrawOverlay();
    }

    /** A click opens the day under the pointer, when it is within the plot's height too. */
    private void clicked(double x, double y) {
        PlotArea plot = currentLayout().plot();
        if (y >= plot.top() && y <= plot.bottom()) {
            viewModel.open(currentLayout().dayAt(x));
        }
    }
}
