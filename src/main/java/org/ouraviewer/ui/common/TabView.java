package org.ouraviewer.ui.common;

import javafx.scene.Node;

/**
 * What a tab of the main window shows. A view is built once, when its tab is first shown, from the
 * {@link ViewContext} the window's registration of the tab hands it. A view that can be saved to a file also
 * implements {@link Exportable}.
 */
public interface TabView {
    Node node();

    /**
     * The node that takes the keyboard focus whenever the window shows this tab (chosen, first built, or data
     * loaded), so that the view's keys work at once: the arrow keys move the chart's day rather than the tab
     * pane's tabs. Asked each time, so it may name the node showing now. Null (the default): the focus stays
     * where it is.
     */
    default Node focusTarget() {
        return null;
    }
}
