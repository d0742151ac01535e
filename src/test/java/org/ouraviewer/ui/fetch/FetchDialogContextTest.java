package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.oauth.OuraApp;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.ouraviewer.work.TestThreads;

/** The dialog as the window opens it: from a view context, its web pages through the context's dialogs. */
@ExtendWith(ApplicationExtension.class)
class FetchDialogContextTest {
    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOwnedThroughTheDialogsAndBrowsesThroughThem(FxRobot robot) {
        robot.interact(() -> FetchDialog.open(ScriptedDialogs.context(new AppModel(), dialogs), dir.resolve("config"), TestThreads.SHARED));
        assertTrue(robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Get data from Oura".equals(s.getTitle())));
        robot.clickOn("#portal");
        assertEquals(List.of(OuraApp.REGISTRATION), dialogs.browsed());
    }

    @Test
    void fetchNewDataSignedOutOnlyShowsHowToConnect(FxRobot robot) {
        robot.interact(() -> FetchDialog.open(ScriptedDialogs.context(new AppModel(), dialogs), dir.resolve("config"), TestThreads.SHARED)
                .fetchNew());
        assertTrue(robot.lookup("#connect").query().isVisible());
        assertEquals("", robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText(), "nothing fetched");
        assertEquals(List.<URI>of(), dialogs.browsed());
    }
}
