package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AppVersion;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About: the version, the licence, each library with its licence, and the app's folders to open. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<Alert> about = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        about.set(HelpDialogs.about(dialogs));
    }

    @Test
    void saysTheVersionTheLicenceAndEachLibrarysLicence() {
        assertEquals("Oura Viewer " + AppVersion.current(), about.get().getHeaderText());
        String text = texts(about.get().getDialogPane().getContent());
        assertTrue(text.contains("Apache License 2.0 (the LICENSE file"), text);
        for (String library : List.of("OpenJFX", "Jackson", "ControlsFX", "Ikonli")) {
            assertTrue(text.contains(library), library);
        }
        assertTrue(text.contains("GPL v2 with the Classpath Exception"), text);
        assertTrue(text.contains("BSD 3-Clause"), text);
        assertEquals(4, HelpDialogs.LIBRARIES.size());
    }

    @Test
    void showsWhereTheSettingsDataAndLogAreAndOpensEachFolder(FxRobot robot) {
        String text = texts(about.get().getDialogPane().getContent());
        for (var path : List.of(AppDirs.config(), AppDirs.data(), AppDirs.logs())) {
            assertTrue(text.contains(path.toString()), path + " in " + text);
        }
        List<Button> open = new ArrayList<>();
        collect(about.get().getDialogPane().getContent(), open);
        assertEquals(3, open.size());
        robot.interact(() -> open.forEach(Button::fire));
        assertEquals(List.of(AppDirs.config(), AppDirs.data(), AppDirs.logs()), dialogs.openedFolders());
        assertEquals(List.of(), dialogs.browsed(), "folders are not web pages");
    }

    private static String texts(Node node) {
        StringBuilder text = new StringBuilder();
        if (node instanceof Labeled l && !(node instanceof Button)) {
            text.append(l.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> text.append(texts(c)));
        }
        return text.toString();
    }

    private static void collect(Node node, List<Button> buttons) {
        if (node instanceof Button b && "Open folder".equals(b.getText())) {
            buttons.add(b);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, buttons));
        }
    }
}
