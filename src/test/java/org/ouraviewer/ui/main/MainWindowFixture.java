package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.ouraviewer.work.TestThreads;

/**
 * What the MainWindow*Test classes share: the main window headless, with files dropped on it and the calendar's
 * cells found as a user sees them. Background work runs on the FX thread at once (a same-thread executor), so
 * nothing here waits or polls.
 */
abstract class MainWindowFixture {
    static final Path SLEEP = TestFiles.samples("api-recordings/history/daily_sleep_2018-10-10_to_2024-11-12.json");
    static final Path READINESS =
            TestFiles.samples("api-recordings/history/daily_readiness_2018-10-10_to_2024-11-12.json");

    Path settingsFile;
    MainWindow window;
    Stage stage;
    AppModel model;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** Opens the window: each test class's own @Start calls it (TestFX looks for @Start in the test class only). */
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createDirectories(AppDirs.config().resolve("main-window-test"));
        settingsFile = Files.createTempFile(dir, "settings", ".json");
        Files.delete(settingsFile);
        model = new AppModel();
        window = new MainWindow(stage, model, new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD),
                ScriptedDialogs.SAME_THREAD, TestThreads.SHARED, dialogs, java.util.Optional::empty);
        window.show();
    }

    void drop(FxRobot robot, Path... paths) {
        long before = model.loaded().files().size();
        robot.interact(() -> assertTrue(window.dropHandler().dropped(List.of(paths).stream().map(Path::toFile)
                .toList())));
        assertEquals(before + paths.length, model.loaded().files().size());
        assertFalse(window.loading().runningProperty().get());
    }

    static DayCellViewProbe cellOf(FxRobot robot, LocalDate day) {
        return new DayCellViewProbe(robot, day);
    }

    /** Finds the calendar cell of a day through the scene, as a user would see it. */
    static final class DayCellViewProbe {
        private final javafx.scene.Node node;

        DayCellViewProbe(FxRobot robot, LocalDate day) {
            node = robot.lookup(".day-cell").match(n -> n.isVisible() && dayOf(n) != null && dayOf(n).equals(day))
                    .query();
        }

        private static LocalDate dayOf(javafx.scene.Node n) {
            return (LocalDate) n.getProperties().get("ouraviewer.day");
        }

        String value() {
            return ((javafx.scene.text.Text) node.lookup(".day-value")).getText();
        }

        javafx.scene.Node node() {
            return node;
        }
    }
}
