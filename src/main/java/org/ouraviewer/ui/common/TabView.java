package org.ouraviewer.ui.common;

import javafx.scene.Node;

/**
 * What a tab of the main window shows. A view is built once, when its tab is first shown, from the
 * {@link ViewContext} its {@link MainTab} hands it. A view that can be saved to a file also implements
 * {@link Exportable}.
 */
public interface TabView {
    Node node();
}
