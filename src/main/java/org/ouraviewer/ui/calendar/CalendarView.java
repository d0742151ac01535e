package org.ouraviewer.ui.calendar;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ouraviewer.ui.common.AppModel;

/** The calendar tab. (Placeholder until its issue is built.) */
public final class CalendarView {
    private final StackPane root = new StackPane(new Label("calendar"));

    public CalendarView(AppModel model) {
    }

    public Node node() {
        return root;
    }
}
