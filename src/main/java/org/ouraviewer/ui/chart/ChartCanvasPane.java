package org.ouraviewer.ui.chart;

import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.Rgb;

/**
 * A chart on screen, the same for every chart tab: the picture on one canvas, laid out once per content and
 * size and painted through the chart's one renderer (so the screen shows what the exports draw); what follows
 * the pointer or the keys (crosshair, zoom selection, chosen row) on a second canvas above it, so that moving
 * the pointer never repaints the picture. The palette follows the appearance. A chart says how it lays out
 * ({@link #layOut}), paints ({@link #paint}) and draws its overlay ({@link #redrawOverlay}); the pointer's
 * events arrive on the {@link #surface()}. The canvases exist only while the pane is shown ({@link ChartCanvases}:
 * a hidden tab's charts hold no bitmaps); the layout is kept up to date meanwhile, the paint waits. FX thread only.
 *
 * <p>Every chart is reached with Tab (then takes its keys), shows a focus ring (style class
 * {@code chart-focus-ring}) over the picture while it has the focus, and says what it shows in a sentence for
 * screen readers: its accessible text, from {@link #describe}, renewed with each layout.
 *
 * @param <L> the chart's layout for one size
 * @param <P> its palette
 */
public abstract class ChartCanvasPane<L, P> extends Region {
    /** The accessible text while nothing is drawn (no data yet, or too small). */
    public static final String NOTHING_SHOWN = "Chart: nothing to show.";
    /** Made at the pane's size while it is shown, dropped while it is hidden (their bitmaps are big). */
    private final ChartCanvases canvases;
    /** Above the canvases (which come and go): where the pointer's events arrive. */
    private final Region surface = new Region();
    /** Drawn above both canvases, which would hide a border of the pane itself. */
    private final Region focusRing = new Region();
    private final double prefWidth;
    private final double prefHeight;
    private P palette;
    private L layout;
    /** The time the last layout and paint took, for the benchmark. */
    private long lastRedrawNanos;

    /**
     * @param dark     the appearance: the chart paints in the dark palette while it holds
     * @param palettes the palette of an appearance ({@code true}: dark)
     */
    protected ChartCanvasPane(ObservableBooleanValue dark, Function<Boolean, P> palettes, double prefWidth,
                              double prefHeight) {
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.palette = palettes.apply(dark.get());
        getStyleClass().add("chart-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(NOTHING_SHOWN);
        focusRing.getStyleClass().add("chart-focus-ring");
        focusRing.setManaged(false);
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(focusedProperty());
        getChildren().addAll(surface, focusRing);
        canvases = new ChartCanvases(this, getChildren(), this::repaint);
        dark.addListener((o, was, now) -> {
            palette = palettes.apply(now);
            repaint();
        });
    }

    /**
     * The layout for a canvas of {@code width × height} from what the chart shows now: the only place its
     * geometry is computed for the screen. Null when there is nothing to draw (no data, too small).
     */
    protected abstract L layOut(double width, double height);

    /** Paints {@code layout} through the chart's renderer. */
    protected abstract void paint(L layout, P palette, Painter p);

    /**
     * What {@code layout} shows, in one sentence for screen readers ({@link org.ouraviewer.chart.ChartSentence}
     * and its kin make it, so that an SVG export says the same). Empty says nothing; a chart should say what
     * it shows.
     */
    protected String describe(L layout) {
        return "";
    }

    /** Draws the overlay again after the picture was painted anew (new layout or colours). */
    protected abstract void redrawOverlay();

    /** The palette in use, which follows the appearance (light or dark). */
    public final P palette() {
        return palette;
    }

    /** The layout shown; null when nothing is. */
    public final L currentLayout() {
        return layout;
    }

    public final long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /** A readout in words over the chart (style class {@code chart-readout}), hidden until the chart places it. */
    protected final Label addReadoutLabel() {
        Label readout = new Label();
        readout.getStyleClass().add("chart-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        getChildren().add(readout);
        return readout;
    }

    /** The top layer, where the pointer's events arrive. */
    protected final Node surface() {
        return surface;
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvases.resize(w, h)) {
            relayout();
        }
        surface.resizeRelocate(0, 0, w, h);
        focusRing.resizeRelocate(0, 0, w, h);
    }

    /** Lays out and paints again (new content, new size). */
    protected final void relayout() {
        long t0 = System.nanoTime();
        layout = layOut(canvases.width(), canvases.height());
        setAccessibleText(layout == null ? NOTHING_SHOWN : describe(layout));
        repaint();
        lastRedrawNanos = System.nanoTime() - t0;
    }

    /**
     * Paints the layout again (new colours, a new choice drawn in it), then the overlay. Nothing while the pane
     * is hidden: it is painted when shown.
     */
    protected final void repaint() {
        if (!canvases.shown()) {
            return;
        }
        GraphicsContext g = canvases.picture();
        g.clearRect(0, 0, canvases.width(), canvases.height());
        if (layout != null) {
            paint(layout, palette, new CanvasPainter(g));
        }
        redrawOverlay();
    }

    /** A painter on the overlay, cleared first. */
    protected final CanvasPainter clearOverlay() {
        GraphicsContext g = canvases.overlay();
        g.clearRect(0, 0, canvases.width(), canvases.height());
        return new CanvasPainter(g);
    }

    /** A painter on the overlay as it is, to draw over what it shows (a zoom selection over the crosshair). */
    protected final CanvasPainter overlayPainter() {
        return new CanvasPainter(canvases.overlay());
    }

    /**
     * Clears the overlay and draws the crosshair at {@code x} down the plot; returns the overlay's painter, to
     * draw the crosshair's markers and readout.
     */
    protected final CanvasPainter crosshair(PlotArea plot, double x, Rgb colour, double width) {
        CanvasPainter p = clearOverlay();
        p.color(colour);
        p.line(x, plot.top(), x, plot.bottom(), width);
        return p;
    }

    /** Draws the range a drag selects, {@code x0} to {@code x1} down the plot, over the crosshair. */
    protected final void selection(PlotArea plot, double x0, double x1, Rgb colour) {
        CanvasPainter p = overlayPainter();
        p.color(colour);
        p.fillRect(Math.min(x0, x1), plot.top(), Math.abs(x1 - x0), plot.height());
    }

    /** The device pixels per logical pixel of the window (1.25 at 125 %), for drawing on whole device pixels. */
    protected final double renderScale() {
        return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleY();
    }
}
