package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.fetch.FakeOuraAuth;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signing in from the "Get data from Oura" dialog: its states (signed out with the three steps, waiting for the
 * browser, signed in), a sign-in played through, fetch, sign out, a refused renewal that asks to sign in again.
 */
@ExtendWith(ApplicationExtension.class)
class FetchDialogSignInTest extends FetchDialogFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
    }

    boolean showing(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Fills in the app's keys (typing them is the same binding, and slow) and connects. */
    void signIn(FxRobot robot) throws TimeoutException {
        fillIn(robot, FakeOuraAuth.CLIENT_ID, server.auth().clientSecret);
        robot.clickOn("#connect");
        assertEquals(SignInViewModel.State.SIGNED_IN, vm.signIn().stateProperty().get(), vm.signIn().messageProperty().get());
    }

    void fillIn(FxRobot robot, String clientId, String secret) {
        robot.interact(() -> {
            robot.lookup("#client-id").queryAs(TextField.class).setText(clientId);
            robot.lookup("#client-secret").queryAs(TextField.class).setText(secret);
        });
    }

    @Test
    void signedOutItShowsTheThreeStepsWithTheRedirectUriToCopy(FxRobot robot) throws Exception {
        assertTrue(showing(robot, "#connect") && showing(robot, "#client-id") && showing(robot, "#portal"));
        assertFalse(showing(robot, "#sign-out"));
        assertFalse(showing(robot, "#cancel-sign-in"));
        assertTrue(robot.lookup("#connect").queryAs(Button.class).isDisabled(), "not before the id and secret");
        assertTrue(robot.lookup("#fetch").queryAs(Button.class).isDisabled(), "nothing to fetch with yet");
        TextField redirect = robot.lookup("#redirect-uri").queryAs(TextField.class);
        assertEquals("http://localhost:8080/callback", redirect.getText());
        robot.doubleClickOn("#port").write("81");
        assertEquals("http://localhost:81/callback", redirect.getText());
        robot.clickOn("#copy-redirect");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals("http://localhost:81/callback", copied);
        robot.clickOn("#portal");
        assertEquals(List.of(URI.create("https://developer.ouraring.com/applications")), opened);
    }

    @Test
    void signsInThroughTheBrowserThenFetchesAndSignsOut(FxRobot robot) throws Exception {
        robot.clickOn("#client-id").write(FakeOuraAuth.CLIENT_ID);
        robot.clickOn("#client-secret").write(server.auth().clientSecret.substring(0, 3));
        assertFalse(robot.lookup("#connect").queryAs(Button.class).isDisabled(), "typed keys enable Connect");
        signIn(robot);
        assertEquals(1, server.auth().pkceVerified.get());
        assertEquals("Connected to Oura as " + FakeOuraAuth.EMAIL + ", with your app " + FakeOuraAuth.CLIENT_ID + ".",
                robot.lookup("#connected").queryAs(Label.class).getText());
        assertTrue(showing(robot, "#sign-out"));
        assertFalse(showing(robot, "#connect"));
        assertEquals("", vm.signIn().clientSecretProperty().get(), "the secret is in the store, not in the field");

        robot.clickOn("#fetch");
        assertEquals(List.of(dir.resolve("fetched")), loaded);
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Saved 1 file in "));

        robot.clickOn("#sign-out");
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get());
        assertTrue(showing(robot, "#connect"));
        assertFalse(Files.exists(dir.resolve("config").resolve("oura-credential.json")));
        assertEquals(FakeOuraAuth.CLIENT_ID, vm.signIn().clientIdProperty().get(), "the client id is remembered");
    }

    @Test
    void whileWaitingForTheBrowserItCanOpenThePageAgainOrCancel(FxRobot robot) throws Exception {
        playBrowser = false;
        HeldWork held = new HeldWork();
        work = held; // the wait for the browser stays pending: it is cancelled before it runs
        fillIn(robot, FakeOuraAuth.CLIENT_ID, "whatever");
        robot.clickOn("#connect");
        assertEquals(SignInViewModel.State.WAITING, vm.signIn().stateProperty().get());
        assertEquals(List.of(vm.signIn().authorizeUrlProperty().get()), opened);
        assertTrue(showing(robot, "#cancel-sign-in") && showing(robot, "#open-again"));
        assertFalse(showing(robot, "#connect"));
        robot.clickOn("#open-again");
        assertEquals(2, opened.size());
        assertEquals(opened.get(0), opened.get(1));
        robot.clickOn("#copy-address");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(opened.get(0).toString(), copied, "for a browser elsewhere");
        robot.clickOn("#cancel-sign-in");
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get());
        held.runHere();
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get(), "a cancelled wait never starts");
        assertEquals("Sign-in cancelled; nothing was stored.", vm.signIn().messageProperty().get());
        assertTrue(showing(robot, "#connect"));
    }

    @Test
    void saying_noAtOuraIsExplained(FxRobot robot) throws TimeoutException {
        server.auth().deny();
        fillIn(robot, FakeOuraAuth.CLIENT_ID, server.auth().clientSecret);
        robot.clickOn("#connect");
        Label message = robot.lookup("#sign-in-message").queryAs(Label.class);
        assertTrue(message.getText().contains("access_denied"), message.getText());
        assertTrue(message.getStyleClass().contains("fetch-error"));
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get());
    }

    @Test
    void aRefusedRenewalAsksToSignInAgainAndChangesNoFile(FxRobot robot) throws Exception {
        server.auth().expiresIn(0);
        signIn(robot);
        Path folder = dir.resolve("fetched");
        Files.createDirectories(folder);
        Path sleep = Files.writeString(folder.resolve("oura-v2-sleep.json"), "[{\"id\":\"kept\",\"day\":\"2020-01-01\"}]\n");
        byte[] before = Files.readAllBytes(sleep);
        server.auth().revoke();

        robot.clickOn("#fetch");
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("sign in to Oura again"), status.getText());
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertEquals(SignInViewModel.State.SIGNED_OUT, vm.signIn().stateProperty().get());
        assertTrue(showing(robot, "#connect"));
        assertEquals(server.auth().clientSecret, vm.signIn().clientSecretProperty().get(), "ready to sign in again");
        assertArrayEquals(before, Files.readAllBytes(sleep));
        assertTrue(loaded.isEmpty());
    }
}
