package org.ouraviewer.chart;

/**
 * Where a chart's plot is, in the picture's logical pixels: the rectangle its axes frame and its data is drawn
 * in (a chart of lanes: from the first lane's top to the last one's bottom). Every layout has one, so the
 * screen's crosshair, selection and zoom gestures treat every chart alike.
 */
public record PlotArea(double left, double top, double right, double bottom) {
    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    /** Whether {@code x} is within the plot's width, edges included. */
    public boolean spansX(double x) {
        return x >= left && x <= right;
    }
}
