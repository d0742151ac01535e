package org.ouraviewer.ui.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The keyboard focus of a tab's view: whenever its tab shows (and now, if it is showing), the node it names
 * takes the focus, so that the view's keys work at once: the arrow keys move the chart's day rather than the
 * tab pane's tabs. FX thread only.
 */
public final class TabFocus {
    private TabFocus() {
    }

    /** Focuses the node {@code target} gives (asked each time: the one showing) whenever {@code tab} shows. */
    public static void follow(AppModel app, MainTab tab, Supplier<? extends Node> target) {
        Runnable focus = () -> {
            if (app.tabProperty().get() == tab) {
                Platform.runLater(() -> target.get().requestFocus());
            }
        };
        app.tabProperty().addListener((o, was, now) -> focus.run());
        focus.run();
    }
}
