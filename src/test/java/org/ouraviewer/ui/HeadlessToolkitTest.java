package org.ouraviewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The headless UI test stack (TestFX on Monocle) works on this machine and in CI. */
@ExtendWith(ApplicationExtension.class)
class HeadlessToolkitTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new StackPane(new Label("hello")), 200, 100));
        stage.show();
    }

    @Test
    void showsALabel(FxRobot robot) {
        assertEquals("hello", robot.lookup(".label").queryAs(Label.class).getText());
    }
}
