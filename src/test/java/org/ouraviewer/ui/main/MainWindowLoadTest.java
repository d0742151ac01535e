package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.ouraviewer.work.TestThreads;

/**
 * Files into the main window: the welcome pane, drops, a second launch's files, the sample, a broken file, the last session.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLoadTest extends MainWindowFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
    }

    @Test
    void startsWithTheWelcomePane(FxRobot robot) {
        assertTrue(robot.lookup(".welcome-pane").query().isVisible());
        assertFalse(robot.lookup(".main-tabs").query().isVisible());
        assertNotNull(robot.lookup("Open files…").tryQuery().orElse(null));
        assertTrue(robot.lookup(".drop-hint").queryAs(Label.class).getText().contains("Oura export ZIP, JSON or CSV files, or a folder"));
    }

    @Test
    void draggingFilesOverTheWindowShowsWhereToDrop(FxRobot robot) {
        javafx.scene.Node overlay = robot.lookup(".drop-overlay").query();
        javafx.scene.Node root = robot.lookup(".main-window").query();
        assertEquals(0, overlay.getOpacity());
        robot.interact(() -> {
            root.pseudoClassStateChanged(DropHandler.DROP_TARGET, true);
            root.applyCss();
        });
        assertEquals(1, overlay.getOpacity(), "the drop overlay shows while files are over the window");
        robot.interact(() -> {
            root.pseudoClassStateChanged(DropHandler.DROP_TARGET, false);
            root.applyCss();
        });
        assertEquals(0, overlay.getOpacity());
    }

    @Test
    void droppedFilesAddUpAndAppearInTheCalendar(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        assertFalse(robot.lookup(".welcome-pane").query().isVisible());
        LocalDate last = model.data().days().last();
        int score = model.data().dailySleep(last).orElseThrow().score();
        assertEquals(Integer.toString(score), cellOf(robot, last).value());
        assertTrue(model.data().dailyReadinessByDay().isEmpty());

        drop(robot, READINESS);
        assertFalse(model.data().dailySleepByDay().isEmpty(), "the second drop adds to the first");
        assertFalse(model.data().dailyReadinessByDay().isEmpty());
        assertTrue(robot.lookup(".load-status").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .contains("2 files"));
        assertTrue(contains(settingsFile, "daily_readiness"), "the settings are saved after a load");
    }

    /** What a second launch hands over (InstanceEndpoint) adds up like a drop, and the window comes back. */
    @Test
    void filesHandedOverBySecondLaunchOpenLikeADropAndBringTheWindowBack(FxRobot robot) {
        drop(robot, SLEEP);
        robot.interact(() -> stage.setIconified(true));
        robot.interact(() -> window.openHandedOver(List.of()));
        assertFalse(stage.isIconified(), "a launch without files only brings the window back");
        assertEquals(1, model.loaded().files().size());

        robot.interact(() -> stage.setIconified(true));
        robot.interact(() -> window.openHandedOver(List.of(READINESS)));
        assertFalse(stage.isIconified());
        assertEquals(2, model.loaded().files().size(), "added to what was open, as a drop adds");
        assertFalse(model.data().dailyReadinessByDay().isEmpty());
    }

    /** The welcome pane's sample button unpacks the bundled data in the background and loads all of it. */
    @Test
    void trySampleDataLoadsTheBundledSample(FxRobot robot) throws Exception {
        robot.clickOn("Try the sample data");
        assertEquals(org.ouraviewer.io.SampleData.names().size(), model.loaded().files().size());
        assertEquals(0, model.loaded().failedCount(), () -> model.loaded().files().toString());
        assertTrue(model.data().sleepDays().size() > 100);
        assertFalse(robot.lookup(".welcome-pane").query().isVisible());
    }

    @Test
    void anUnreadableFileEndsUpInTheLoadReport(FxRobot robot) throws Exception {
        Path broken = Files.createTempFile(settingsFile.getParent(), "broken", ".json");
        Files.writeString(broken, "{\"data\": [ {\"day\": ");
        drop(robot, broken, SLEEP);
        assertEquals(1, model.loaded().failedCount());
        assertFalse(model.data().dailySleepByDay().isEmpty(), "the readable file still loads");
        robot.interact(() -> window.commands().showReport());
        List<FileReport> rows = window.commands().report().table().getItems();
        FileReport row = rows.stream().filter(r -> r.path().contains(broken.getFileName().toString())).findFirst()
                .orElseThrow();
        assertNotNull(row.error());
        assertEquals(row, rows.get(0), "failed files come first");
        assertEquals("warn", dialogs.last().kind(), "a notice says some files could not be read");
        assertEquals(2, rows.size());
        robot.interact(() -> window.commands().report().stage().close());
    }

    @Test
    void reopensWhatWasOpenLastTime(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        robot.interact(() -> {
            SettingsStore store = new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD);
            store.saveNow(window.settings());
            Settings reread = store.load();
            assertEquals(List.of(SLEEP.toAbsolutePath().normalize()), reread.session());
            assertEquals(SLEEP.toAbsolutePath().normalize(), reread.recent().get(0));
        });
        AppModel second = new AppModel();
        robot.interact(() -> new MainWindow(new Stage(), second, new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD), ScriptedDialogs.SAME_THREAD,
                TestThreads.SHARED, address -> { }, java.util.Optional::empty).openAtStart(List.of()));
        assertEquals(model.data().days(), second.data().days());
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
