package org.ouraviewer.ui.night;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ouraviewer.ui.common.AppModel;

/** The night tab. (Placeholder until its issue is built.) */
public final class NightView {
    private final StackPane root = new StackPane(new Label("night"));

    public NightView(AppModel model) {
    }

    public Node node() {
        return root;
    }
}
