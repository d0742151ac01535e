package org.ouraviewer.ui.chart;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The zoom and pan of a time-axis chart (the Night and Day tabs), in epoch seconds: the part of the chart's
 * whole span that is shown, never less than a minimum span and never outside the whole. What
 * {@link ZoomGestures} and the + and − keys ask for, as {@link DayZoom} is for the day-axis charts. Not tied to
 * any Node; FX thread only, like the view-model that owns it.
 */
public final class TimeZoom implements ZoomCommands {
    /** A span of time shown, in epoch seconds. */
    public record Window(double start, double end) {
        public double span() {
            return end - start;
        }
    }

    private final double minSpan;
    private final ReadOnlyObjectWrapper<Window> window = new ReadOnlyObjectWrapper<>(this, "window");
    private Window whole;

    /** @param minSpanSeconds the narrowest window a zoom can reach, unless the whole is narrower */
    public TimeZoom(double minSpanSeconds) {
        this.minSpan = minSpanSeconds;
    }

    /** Sets what the chart holds, or null for nothing, and shows all of it. */
    public void setWhole(Window all) {
        whole = all;
        resetZoom();
    }

    /** Shows the whole again. */
    @Override
    public void resetZoom() {
        window.set(whole);
    }

    /** Shows {@code [a, b]} (either order), at least the minimum span, within the whole. */
    @Override
    public void zoomTo(double a, double b) {
        setWindow(Math.min(a, b), Math.max(a, b));
    }

    @Override
    public void zoomAround(double anchor, double factor) {
        Window w = window.get();
        if (w != null) {
            setWindow(anchor - (anchor - w.start()) * factor, anchor + (w.end() - anchor) * factor);
        }
    }

    @Override
    public void zoomAroundCentre(double factor) {
        Window w = window.get();
        if (w != null) {
            zoomAround((w.start() + w.end()) / 2, factor);
        }
    }

    /** Moves the window by {@code seconds} (positive: later), keeping its span, no further than the whole's ends. */
    @Override
    public void pan(double seconds) {
        Window w = window.get();
        if (w == null) {
            return;
        }
        double shift = Math.max(whole.start() - w.start(), Math.min(whole.end() - w.end(), seconds));
        window.set(new Window(w.start() + shift, w.end() + shift));
    }

    private void setWindow(double start, double end) {
        if (whole == null) {
            return;
        }
        double span = Math.min(whole.span(), Math.max(minSpan, end - start));
        double centre = (start + end) / 2;
        double a = Math.max(whole.start(), Math.min(whole.end() - span, centre - span / 2));
        window.set(new Window(a, a + span));
    }

    /** Whether less than the whole is shown. */
    public boolean isZoomed() {
        Window w = window.get();
        return w != null && (w.start() > whole.start() || w.end() < whole.end());
    }

    /** The part shown; null when the chart holds nothing. */
    public ReadOnlyObjectProperty<Window> windowProperty() {
        return window.getReadOnlyProperty();
    }
}
