package org.ouraviewer.ui.nights;

import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The actogram as {@link ZoomGestures} see it, along its rows: a position down the plot is a day (an epoch day
 * with a fraction, the axis value {@link org.ouraviewer.ui.chart.DayZoom} takes, which carries out the zoom), the
 * rows under the pointer and a drag across them are outlined, a click opens the day.
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
    public PlotArea plot() {
        return layout() == null || layout().rows().rows() == 0 ? null : layout().plot();
    }

    @Override
    public double valueAt(double y) {
        ActogramLayout l = layout();
        return l.rows().first().toEpochDay() + (y - l.plot().top()) / l.plot().height() * l.rows().rows();
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
