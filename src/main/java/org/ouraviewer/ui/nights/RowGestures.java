package org.ouraviewer.ui.nights;

import java.time.LocalDate;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.ui.chart.ZoomGestures;

/**
 * The actogram as {@link ZoomGestures} see it, along its rows: a position down the plot is a day (as an epoch
 * day with a fraction), zooming and panning change the range of days through the range control, a click opens
 * the day.
 */
final class RowGestures implements ZoomGestures.Target {
    private static final int MIN_DAYS = 7;
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
        return layout().plotTop();
    }

    @Override
    public double plotRight() {
        return layout().plotBottom();
    }

    @Override
    public double valueAt(double y) {
        ActogramLayout l = layout();
        return l.rows().first().toEpochDay() + (y - l.plotTop()) / (l.plotBottom() - l.plotTop()) * l.rows().rows();
    }

    @Override
    public void zoomTo(double a, double b) {
        show(Math.min(a, b), Math.max(a, b));
    }

    @Override
    public void zoomAround(double anchor, double factor) {
        ActogramLayout l = layout();
        double from = l.rows().first().toEpochDay();
        double to = from + l.rows().rows();
        show(anchor - (anchor - from) * factor, anchor + (to - anchor) * factor);
    }

    @Override
    public void pan(double delta) {
        ActogramLayout l = layout();
        long days = Math.round(delta);
        if (days != 0) {
            LocalDate from = l.rows().first().plusDays(days);
            pane.zoom().show(new DayRange(from, from.plusDays(l.rows().rows() - 1L)));
        }
    }

    /** Shows the days from {@code from} to {@code to} (epoch days with fractions), at least a week. */
    private void show(double from, double to) {
        long first = (long) Math.floor(from);
        long last = Math.max(first + MIN_DAYS - 1, (long) Math.ceil(to) - 1);
        pane.zoom().show(new DayRange(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last)));
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
