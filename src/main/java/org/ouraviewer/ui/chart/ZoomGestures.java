package org.ouraviewer.ui.chart;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.ouraviewer.chart.NeutralColours;
import org.ouraviewer.chart.PlotArea;

/**
 * The mouse of a chart with a zoomable x axis, the same on every chart of the app (the night's clock, the
 * trends' days): drag to zoom to a range, scroll to zoom around the pointer (a sideways scroll pans),
 * right-drag or Shift-drag to pan, double-click to reset; a click that does not drag is a click. The chart
 * says where its plot is and what x means ({@link Target}); this class turns the gestures into its
 * {@link ZoomCommands} and tells it what to draw meanwhile. A chart whose zoomable axis runs down (the
 * actogram's days) installs them {@linkplain #installVertical vertically}: then "x" below is the pointer's y.
 * FX thread only.
 */
public final class ZoomGestures {
    /** How far the pointer must move before a press becomes a drag. */
    public static final double DRAG_THRESHOLD = 4;

    /** A chart as the gestures see it; "x" in the chart's pixels along the zoomable axis, values in its units. */
    public interface Target {
        /** Where the plot is; null while nothing is laid out (nothing is done then). */
        PlotArea plot();

        /** The axis value at {@code x}. */
        double valueAt(double x);

        /** The pointer is over the plot at {@code x} (or moved away: NaN); draw the crosshair. */
        void pointer(double x);

        /** A drag selects {@code [x0, x1]} so far; draw it over the crosshair. */
        void selecting(double x0, double x1);

        /** A click without a drag at {@code x} (within the plot), {@code y}. */
        default void clicked(double x, double y) {
        }
    }

    /** A click without a drag at {@code x}, {@code y} (within the plot). */
    @FunctionalInterface
    public interface Click {
        void at(double x, double y);
    }

    /**
     * The target of a chart on a {@link ChartCanvasPane}, the same for every such chart: the plot of its current
     * layout ({@code plotOf}), x read by {@code valueAt}, the drag's range drawn over the crosshair in the
     * palette's selection colour; {@code pointer} draws the crosshair (NaN: the pointer left the plot).
     */
    public static <L> Target target(ChartCanvasPane<L, ? extends NeutralColours> chart, Function<L, PlotArea> plotOf,
                                    DoubleUnaryOperator valueAt, DoubleConsumer pointer) {
        return target(chart, plotOf, valueAt, pointer, (x, y) -> {
        });
    }

    /** The same, with what a click does. */
    public static <L> Target target(ChartCanvasPane<L, ? extends NeutralColours> chart, Function<L, PlotArea> plotOf,
                                    DoubleUnaryOperator valueAt, DoubleConsumer pointer, Click click) {
        return new Target() {
            @Override
            public PlotArea plot() {
                L layout = chart.currentLayout();
                return layout == null ? null : plotOf.apply(layout);
            }

            @Override
            public double valueAt(double x) {
                return valueAt.applyAsDouble(x);
            }

            @Override
            public void pointer(double x) {
                pointer.accept(x);
            }

            @Override
            public void selecting(double x0, double x1) {
                chart.selection(plot(), x0, x1, chart.palette().selection());
            }

            @Override
            public void clicked(double x, double y) {
                click.at(x, y);
            }
        };
    }

    private final Node focusTarget;
    private final Target target;
    private final ZoomCommands zoom;
    private final boolean vertical;
    private double pressX = Double.NaN;
    private double lastX;
    private boolean panning;
    private boolean dragged;

    private ZoomGestures(Node focusTarget, Target target, ZoomCommands zoom, boolean vertical) {
        this.focusTarget = focusTarget;
        this.target = target;
        this.zoom = zoom;
        this.vertical = vertical;
    }

    /**
     * Listens on {@code surface} (the chart's top layer) for the gestures; a press focuses {@code focusTarget}
     * so that the chart's keys work next; {@code zoom} carries out the zooming.
     */
    public static void install(Node surface, Node focusTarget, Target target, ZoomCommands zoom) {
        install(new ZoomGestures(focusTarget, target, zoom, false), surface);
    }

    /** The same gestures along the y axis: the target's "x" is the pointer's y, its plot runs from top to bottom. */
    public static void installVertical(Node surface, Node focusTarget, Target target, ZoomCommands zoom) {
        install(new ZoomGestures(focusTarget, target, zoom, true), surface);
    }

    private static void install(ZoomGestures g, Node surface) {
        Target target = g.target;
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, e -> target.pointer(g.inPlot(g.at(e)) ? g.at(e) : Double.NaN));
        surface.addEventHandler(MouseEvent.MOUSE_EXITED, e -> target.pointer(Double.NaN));
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        surface.addEventHandler(ScrollEvent.SCROLL, g::scrolled);
    }

    /** Where the pointer is along the zoomable axis. */
    private double at(MouseEvent e) {
        return vertical ? e.getY() : e.getX();
    }

    private boolean hasPlot() {
        return target.plot() != null;
    }

    /** Where the plot starts along the zoomable axis (its left, or its top when vertical). */
    private double plotStart() {
        return vertical ? target.plot().top() : target.plot().left();
    }

    private double plotEnd() {
        return vertical ? target.plot().bottom() : target.plot().right();
    }

    private boolean inPlot(double x) {
        return hasPlot() && x >= plotStart() && x <= plotEnd();
    }

    private double clampX(double x) {
        return Math.max(plotStart(), Math.min(plotEnd(), x));
    }

    private double valuesPerPixel() {
        return (target.valueAt(plotEnd()) - target.valueAt(plotStart())) / (plotEnd() - plotStart());
    }

    private void pressed(MouseEvent e) {
        focusTarget.requestFocus();
        // A TabPane focuses itself on any press inside it; it would then take the arrow keys for its tabs.
        e.consume();
        if (!hasPlot()) {
            return;
        }
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
            zoom.resetZoom();
            return;
        }
        panning = e.getButton() != MouseButton.PRIMARY || e.isShiftDown();
        dragged = false;
        pressX = clampX(at(e));
        lastX = at(e);
    }

    private void dragged(MouseEvent e) {
        if (!hasPlot() || Double.isNaN(pressX)) {
            return;
        }
        dragged |= Math.abs(at(e) - pressX) > DRAG_THRESHOLD;
        if (panning) {
            double delta = (lastX - at(e)) * valuesPerPixel();
            lastX = at(e);
            zoom.pan(delta);
            return;
        }
        double x = clampX(at(e));
        target.pointer(x);
        target.selecting(pressX, x);
    }

    private void released(MouseEvent e) {
        if (hasPlot() && !panning && !Double.isNaN(pressX)) {
            double x = clampX(at(e));
            if (dragged && Math.abs(x - pressX) > DRAG_THRESHOLD) {
                zoom.zoomTo(target.valueAt(pressX), target.valueAt(x));
            } else if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && inPlot(at(e))) {
                target.clicked(e.getX(), e.getY());
            }
            target.pointer(inPlot(at(e)) ? at(e) : Double.NaN);
        }
        pressX = Double.NaN;
        panning = false;
    }

    private void scrolled(ScrollEvent e) {
        double along = vertical ? e.getY() : e.getX();
        if (!inPlot(along)) {
            return;
        }
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            zoom.pan(-e.getDeltaX() * valuesPerPixel());
        } else if (e.getDeltaY() != 0) {
            zoom.zoomAround(target.valueAt(along), Math.pow(0.85, e.getDeltaY() / 40));
        }
        e.consume();
        target.pointer(along);
    }
}
