package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.ui.common.ViewContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.ouraviewer.work.TestThreads;

/**
 * After start-up, signed in: an offer to fetch what is new, through the window's dialogs; nothing fetched
 * without the user's click, and the click fetches. (That the notice has no button an Enter could press is
 * the window's dialogs' own test.)
 */
@ExtendWith(ApplicationExtension.class)
class NewDataOfferTest {
    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final AppModel app = new AppModel();
    ViewContext context;

    @BeforeEach
    void setUp() {
        app.setLoader(paths -> {
            throw new AssertionError("nothing is loaded without the user's say");
        });
        context = ScriptedDialogs.context(app, dialogs);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void signIn() throws Exception {
        // a sign-in whose servers refuse every connection: a fetch with it fails at once
        new CredentialStore(dir).save(new OuraCredential("id", "secret", "access", "refresh", null, null,
                URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), null, Instant.EPOCH));
    }

    private static boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "Get data from Oura".equals(s.getTitle()));
    }

    @Test
    void signedOutNothingIsOffered(FxRobot robot) {
        robot.interact(() -> assertFalse(NewDataOffer.showIfSignedIn(context, dir, TestThreads.SHARED)));
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void signedInANoticeOffersToFetchAndFetchesNothingByItself(FxRobot robot) throws Exception {
        signIn();
        robot.interact(() -> assertTrue(NewDataOffer.showIfSignedIn(context, dir, TestThreads.SHARED)));
        assertEquals(List.of(new ScriptedDialogs.Shown("offer", NewDataOffer.TITLE, NewDataOffer.TEXT)), dialogs.shown());
        assertFalse(dialogShowing(), "no dialog, no fetch until asked");
    }

    @Test
    void aClickOnTheOfferOpensTheDialogAndFetchesWhatIsNew(FxRobot robot) throws Exception {
        signIn();
        robot.interact(() -> NewDataOffer.showIfSignedIn(context, dir, TestThreads.SHARED));
        robot.interact(dialogs::clickLastNotice);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogShowing());
        assertTrue(robot.lookup("#only-new").queryAs(CheckBox.class).isSelected());
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getStyleClass().contains("fetch-error"), "the fetch ran, and the refused connection is said: "
                + status.getText());
    }
}
