package org.ouraviewer.ui.chart;

/**
 * The zoom commands of a chart's zoomable axis, in the axis' own units (the night's clock in epoch seconds, a
 * day chart's days since the epoch with a fraction): what {@link ZoomGestures} and {@link ZoomKeys} ask for,
 * the same on every chart. The night's view model carries them out on its time window, {@link DayZoom} on a
 * range of days.
 */
public interface ZoomCommands {
    /** Shows {@code [a, b]} (either order). */
    void zoomTo(double a, double b);

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} where it is. */
    void zoomAround(double anchor, double factor);

    /** Zooms by {@code factor} around the middle of what is shown. */
    void zoomAroundCentre(double factor);

    /** Moves the view by {@code delta} axis units (positive: later). */
    void pan(double delta);

    /** Shows the whole again (the night, the range chosen). */
    void resetZoom();
}
