package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.ui.common.AppModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After start-up, signed in: an offer to fetch what is new, and nothing fetched without the user's click. */
@ExtendWith(ApplicationExtension.class)
class NewDataOfferTest {
    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void signedOutNothingIsOffered(FxRobot robot) throws Exception {
        boolean shown = WaitForAsyncUtils.asyncFx(() -> NewDataOffer.showIfSignedIn(stage, new AppModel(), dir)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(shown);
        assertTrue(offers(robot).isEmpty());
    }

    @Test
    void signedInANoticeOffersToFetchAndFetchesNothingByItself(FxRobot robot) throws Exception {
        new CredentialStore(dir).save(new OuraCredential("id", "secret", "access", "refresh", null, null,
                URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), null, Instant.EPOCH));
        AppModel model = new AppModel();
        model.setLoader(paths -> {
            throw new AssertionError("nothing is loaded without the user's say");
        });
        boolean shown = WaitForAsyncUtils.asyncFx(() -> NewDataOffer.showIfSignedIn(stage, model, dir)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown);
        assertFalse(offers(robot).isEmpty(), "the notice offers to fetch what is new");
        assertTrue(robot.lookup(n -> n instanceof Button b && b.getScene() != stage.getScene()
                        && b.getText() != null && !b.getText().isBlank()).queryAll().isEmpty(),
                "no button but the notice's close: an Enter meant for the window never fetches");
        assertTrue(Window.getWindows().stream().noneMatch(w -> w instanceof Stage s && "Get data from Oura".equals(s.getTitle())),
                "no dialog, no fetch until asked");
    }

    private static java.util.List<Node> offers(FxRobot robot) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && NewDataOffer.TEXT.equals(l.getText()))
                .queryAll().stream().toList();
    }
}
