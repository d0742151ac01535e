package org.ouraviewer.ui.chart;

import javafx.geometry.Bounds;
import javafx.scene.Node;

/** The size, in logical pixels, an exported picture of a chart tab is drawn at. */
public record PictureSize(int width, int height) {
    /** The size when the tab is too small to go by. */
    public static final PictureSize DEFAULT = new PictureSize(1600, 900);

    /** {@code shown}'s size on screen when it is at least 640 wide (and then at least 400 high); else the default. */
    public static PictureSize of(Node shown) {
        Bounds b = shown.getLayoutBounds();
        return b.getWidth() < 640 ? DEFAULT
                : new PictureSize((int) Math.round(b.getWidth()), (int) Math.max(400, Math.round(b.getHeight())));
    }
}
