package org.ouraviewer.ui.tags;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ouraviewer.ui.common.AppModel;

/** The tags tab. (Placeholder until its issue is built.) */
public final class TagsView {
    private final StackPane root = new StackPane(new Label("tags"));

    public TagsView(AppModel model) {
    }

    public Node node() {
        return root;
    }
}
