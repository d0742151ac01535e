package org.ouraviewer.ui.nights;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.ouraviewer.chart.nights.MedianSet;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.chart.nights.OverlayLayout;
import org.ouraviewer.chart.nights.OverlayReadout;
import org.ouraviewer.chart.nights.OverlayRenderer;
import org.ouraviewer.ui.chart.CanvasPainter;

/**
 * The median night on screen: the picture on one canvas, laid out once per content and size; a crosshair on a
 * second canvas and a readout of both sets' numbers at the time under the pointer.
 */
final class MedianNightPane extends Region {
    private final NightsViewModel viewModel;
    private final Canvas chart = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label readout = new Label();
    private NightsPalette palette;
    private OverlayLayout layout;

    MedianNightPane(NightsViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.palette = NightsPalette.of(dark.get());
        getStyleClass().add("median-night");
        readout.getStyleClass().add("chart-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        getChildren().addAll(chart, overlay, readout);
        viewModel.contentProperty().addListener((o, was, now) -> relayout());
        dark.addListener((o, was, now) -> {
            palette = NightsPalette.of(now);
            repaint();
        });
        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer(e.getX()));
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer(Double.NaN));
    }

    OverlayLayout currentLayout() {
        return layout;
    }

    Label readout() {
        return readout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
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

    private void relayout() {
        NightsViewModel.Content c = viewModel.contentProperty().get();
        double w = chart.getWidth();
        double h = chart.getHeight();
        layout = c == null || w < 200 || h < 200 || c.sets().primary().median().nights() == 0 ? null
                : new OverlayLayout(c.sets().primary(), c.sets().reference(), c.single(),
                OverlayLayout.Options.screen(w, h), "");
        repaint();
    }

    private void repaint() {
        var g = chart.getGraphicsContext2D();
        g.clearRect(0, 0, chart.getWidth(), chart.getHeight());
        if (layout != null) {
            OverlayRenderer.paint(layout, palette, new CanvasPainter(g));
        }
        pointer(Double.NaN);
    }

    /** The crosshair and readout at {@code x}; NaN clears them. */
    void pointer(double x) {
        var g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        NightsViewModel.Content c = viewModel.contentProperty().get();
        if (layout == null || c == null || Double.isNaN(x) || x < layout.plot().left() || x > layout.plot().right()) {
            readout.setVisible(false);
            return;
        }
        CanvasPainter p = new CanvasPainter(g);
        double top = layout.lanes().get(0).top();
        double bottom = layout.lanes().get(layout.lanes().size() - 1).bottom();
        p.color(palette.night().crosshair().withOpacity(0.7));
        p.line(x, top, x, bottom, 1);
        MedianSet reference = c.sets().reference();
        readout.setText(String.join("\n", OverlayReadout.lines(c.sets().primary(), reference, c.single(),
                layout.secondsAt(x))));
        readout.setVisible(true);
        double w = readout.prefWidth(-1);
        double h = readout.prefHeight(w);
        double rx = x + 12 + w > layout.plot().right() ? x - 12 - w : x + 12;
        readout.resizeRelocate(Math.max(0, rx), top + 4, w, h);
    }
}
