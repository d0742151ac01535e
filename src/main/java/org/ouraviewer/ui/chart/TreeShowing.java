package org.ouraviewer.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * Whether a node can be seen as far as the scene graph goes: it is in a scene, and it and all its ancestors are
 * visible (a tab pane hides the content of every tab but the selected one this way). JavaFX keeps this to itself
 * (its "tree visible"), so this follows the public {@code visible} and {@code parent} properties of the node and
 * each ancestor, and hooks the chain anew when it changes. FX thread only.
 */
final class TreeShowing {
    private final Node node;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    /** The node and its ancestors, whose visible and parent properties are listened to. */
    private final List<Node> chain = new ArrayList<>();
    private final InvalidationListener changed = o -> update();

    TreeShowing(Node node) {
        this.node = node;
        node.sceneProperty().addListener(changed);
        update();
    }

    ReadOnlyBooleanProperty property() {
        return showing.getReadOnlyProperty();
    }

    boolean isShowing() {
        return showing.get();
    }

    private void update() {
        for (Node n : chain) {
            n.visibleProperty().removeListener(changed);
            n.parentProperty().removeListener(changed);
        }
        chain.clear();
        // reading each property again makes it valid, so that its next change is heard
        boolean visible = node.getScene() != null;
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(n);
            n.visibleProperty().addListener(changed);
            n.parentProperty().addListener(changed);
            visible &= n.isVisible();
        }
        showing.set(visible);
    }
}
