package org.ouraviewer.ui.nights;

import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The actogram as {@link ZoomGestures} see it, along its rows: a position down the plot is a day (an epoch day
 * with a fraction, the axis value {@link org.ouraviewer.ui.chart.DayZoom} takes), zooming and panning change the
 * range of days through the range control, a click opens the day.
 */
final class RowGestures implements ZoomGestures.Target {
    private final ActogramPane pane;

    RowGestures(ActogramPane pane) {
        this.pane = pane;
    }

    private ActogramLayout layout() {
        return pane.currentLayout();
    }

    @Override
    public boolean hasPlot() {
        return layout() != null && layout().rows().rows() > 0;
    }

    @Override
    public double plotLeft() {
        return layout().plot().top();
    }

    @Override
    public double plotRight() {
        return layout().plot().bottom();
    }

    @Override
    public double valueAt(double y) {
        ActogramLayout l = layout();
        return l.rows().first().toEpochDay() + (y - l.plot().top()) / l.plot().height() * l.rows().rows();
    }

    @Override
    public void zoomTo(double a, double b) {
        pane.zoom().zoomTo(a, b);
    }

    @Override
    public void zoomAround(double anchor, double factor) {
        pane.zoom().zoomAround(anchor, factor);
    }

    @Override
    public void pan(double delta) {
        pane.zoom().pan(delta);
    }

    @Override
    public void resetZoom() {
        pane.zoom().reset();
    }

    @Override
    public void pointer(double y) {
        pane.pointer(y);
    }

    @Override
    public void selecting(double y0, double y1) {
        pane.drawOverlay(y0, y1);
    }

    @Override
    public void clicked(double x, double y) {
        pane.open(layout().rowAt(y));
    }
}
