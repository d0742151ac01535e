package org.ouraviewer.ui.nights;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.nights.MedianSet;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.chart.nights.NightsSentence;
import org.ouraviewer.chart.nights.OverlayLayout;
import org.ouraviewer.chart.nights.OverlayReadout;
import org.ouraviewer.chart.nights.OverlayRenderer;
import org.ouraviewer.ui.chart.ChartCanvasPane;

/**
 * The median night on screen ({@link ChartCanvasPane}): a crosshair on the layer above the picture and a
 * readout of both sets' numbers at the time under the pointer.
 */
final class MedianNightPane extends ChartCanvasPane<OverlayLayout, NightsPalette> {
    private final NightsViewModel viewModel;
    private final Label readout;

    MedianNightPane(NightsViewModel viewModel, ObservableBooleanValue dark) {
        super(dark, NightsPalette::of, 900, 560);
        this.viewModel = viewModel;
        getStyleClass().add("median-night");
        readout = addReadoutLabel();
        viewModel.contentProperty().addListener((o, was, now) -> relayout());
        surface().addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer(e.getX()));
        surface().addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer(Double.NaN));
    }

    Label readout() {
        return readout;
    }

    @Override
    protected OverlayLayout layOut(double width, double height) {
        NightsViewModel.Content c = viewModel.contentProperty().get();
        return c == null || width < 200 || height < 200 || c.sets().primary().median().nights() == 0 ? null
                : new OverlayLayout(c.sets().primary(), c.sets().reference(), c.single(),
                OverlayLayout.Options.screen(width, height), "");
    }

    @Override
    protected String describe(OverlayLayout layout) {
        NightsViewModel.Content c = viewModel.contentProperty().get();
        return NightsSentence.medianNight(c.sets().primary(), c.sets().reference(), c.single());
    }

    @Override
    protected void paint(OverlayLayout layout, NightsPalette palette, Painter p) {
        OverlayRenderer.paint(layout, palette, p);
    }

    /** The crosshair goes with the picture it was drawn on: a new one clears it. */
    @Override
    protected void redrawOverlay() {
        pointer(Double.NaN);
    }

    /** The crosshair and readout at {@code x}; NaN clears them. */
    void pointer(double x) {
        OverlayLayout layout = currentLayout();
        NightsViewModel.Content c = viewModel.contentProperty().get();
        if (layout == null || c == null || Double.isNaN(x) || !layout.plot().spansX(x)) {
            clearOverlay();
            readout.setVisible(false);
            return;
        }
        crosshair(layout.plot(), x, palette().night().crosshair().withOpacity(0.7), 1);
        MedianSet reference = c.sets().reference();
        readout.setText(String.join("\n", OverlayReadout.lines(c.sets().primary(), reference, c.single(),
                layout.secondsAt(x))));
        readout.setVisible(true);
        double w = readout.prefWidth(-1);
        double h = readout.prefHeight(w);
        double rx = x + 12 + w > layout.plot().right() ? x - 12 - w : x + 12;
        readout.resizeRelocate(Math.max(0, rx), layout.plot().top() + 4, w, h);
    }
}
