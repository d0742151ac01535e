package org.ouraviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The skin caches a scroll pane's viewport; {@link Viewports#uncached} turns that off once the skin is made. */
@ExtendWith(ApplicationExtension.class)
class ViewportsTest {
    private ScrollPane plain;
    private ScrollPane uncached;

    @Start
    void start(Stage stage) {
        plain = new ScrollPane(new Label("plain"));
        uncached = Viewports.uncached(new ScrollPane(new Label("uncached")));
        stage.setScene(new Scene(new javafx.scene.layout.VBox(plain, uncached), 200, 200));
        stage.show();
    }

    @Test
    void theViewportIsNotCached(FxRobot robot) {
        robot.interact(() -> {
            assertTrue(plain.lookup(".viewport").isCache(), "the default skin caches its viewport");
            assertFalse(uncached.lookup(".viewport").isCache());
        });
    }
}
