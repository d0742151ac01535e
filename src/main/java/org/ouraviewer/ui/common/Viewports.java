package org.ouraviewer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes without the bitmap cache of their viewport. The default skin caches the viewport (a bitmap of
 * its whole visible area, 1.5 MB for the Night tab's numbers) to scroll by moving a picture; the panes here
 * hold a few labels or one chart, which repaint as fast, and the cached bitmap stayed in memory while
 * the tab was hidden.
 */
public final class Viewports {
    private Viewports() {
    }

    /** {@code scroll}, whose viewport will not be cached once it has its skin. */
    public static <T extends ScrollPane> T uncached(T scroll) {
        scroll.skinProperty().addListener((o, was, skin) -> {
            Node viewport = skin == null ? null : scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }
}
