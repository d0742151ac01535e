package org.ouraviewer.ui.workouts;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ouraviewer.ui.common.AppModel;

/** The workouts tab. (Placeholder until its issue is built.) */
public final class WorkoutsView {
    private final StackPane root = new StackPane(new Label("workouts"));

    public WorkoutsView(AppModel model) {
    }

    public Node node() {
        return root;
    }
}
