package org.ouraviewer.ui.chart;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The two canvases of a chart pane, the picture and the overlay above it, which exist at the pane's size only
 * while the pane is shown. A canvas keeps a bitmap of its size for as long as it is in the scene, also while its
 * tab is hidden (with the software pipeline a Java {@code int[]} of width × height: 5 MB at 1440 × 900); JavaFX
 * frees it only when it renders the canvas at zero size, and it never renders a hidden node, so making the canvas
 * 0 × 0 would not free it. Instead, when the pane is hidden its canvases leave the scene (their bitmaps go with
 * them), and when it is shown again new ones are made at the pane's size and painted. What a chart draws on its
 * overlay meanwhile goes to a throwaway canvas. FX thread only.
 */
final class ChartCanvases {
    private final ObservableList<Node> children;
    private final Runnable paint;
    private final TreeShowing showing;
    private Canvas picture;
    private Canvas overlay;
    private double width;
    private double height;

    /**
     * @param pane     the chart pane, whose showing decides
     * @param children its children, where the canvases go in first (under everything else)
     * @param paint    paints both canvases (called when they are made anew)
     */
    ChartCanvases(Node pane, ObservableList<Node> children, Runnable paint) {
        this.children = children;
        this.paint = paint;
        this.showing = new TreeShowing(pane);
        showing.property().addListener((o, was, now) -> {
            if (now) {
                make();
            } else {
                drop();
            }
        });
        if (showing.isShowing()) {
            make();
        }
    }

    /** Whether the canvases are there to paint on (the pane is shown). */
    boolean shown() {
        return picture != null;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Takes the pane's size (whole pixels); true when it changed. */
    boolean resize(double w, double h) {
        if (w == width && h == height) {
            return false;
        }
        width = w;
        height = h;
        if (shown()) {
            for (Canvas c : List.of(picture, overlay)) {
                c.setWidth(w);
                c.setHeight(h);
            }
        }
        return true;
    }

    /** Where the picture is painted; only while {@link #shown()}. */
    GraphicsContext picture() {
        return picture.getGraphicsContext2D();
    }

    /** Where the overlay is drawn: while hidden a new 0 × 0 canvas that nobody sees and nothing keeps. */
    GraphicsContext overlay() {
        return (shown() ? overlay : new Canvas()).getGraphicsContext2D();
    }

    private void make() {
        if (shown()) {
            return;
        }
        picture = new Canvas(width, height);
        overlay = new Canvas(width, height);
        // the pane's surface above them takes the pointer: these come and go
        picture.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        children.addAll(0, List.of(picture, overlay));
        paint.run();
    }

    private void drop() {
        if (shown()) {
            children.removeAll(picture, overlay);
            picture = null;
            overlay = null;
        }
    }
}
