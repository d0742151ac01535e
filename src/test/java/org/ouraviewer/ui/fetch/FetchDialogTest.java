package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraAuth;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.OuraBrowser;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.OAuthServers;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.ouraviewer.work.TestThreads;

/**
 * The "Get data from Oura" dialog against a local Oura: its states (signed out with the three steps,
 * waiting for the browser, signed in), a sign-in played through, fetch, sign out, a refused renewal that
 * asks to sign in again; a pasted token, cancel, a refusal. The dialog's work runs at once on the FX thread
 * (a click returns when it is done), except where a test holds it to click while it is pending: nothing
 * here polls or waits out a time.
 */
@ExtendWith(ApplicationExtension.class)
class FetchDialogTest {
    @TempDir
    Path dir;
    FakeOuraServer server;
    FetchViewModel vm;
    final List<Path> loaded = new CopyOnWriteArrayList<>();
    final List<URI> opened = new CopyOnWriteArrayList<>();
    /** Where the dialog's work runs: at once, unless a test holds it. */
    Executor work = ScriptedDialogs.SAME_THREAD;
    /** Whether the test plays the browser when the dialog opens Oura's sign-in page. */
    volatile boolean playBrowser = true;
    /** What the local Oura does when the fetch asks for sleep (before it answers). */
    volatile Runnable atSleep = () -> { };

    @Start
    void start(Stage ignored) throws IOException {
        server = new FakeOuraServer();
        server.putRecording("sleep", "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json").pageSize(10)
                .onRequest(route -> {
                    if (route.equals("sleep")) {
                        atSleep.run();
                    }
                });
        vm = new FetchViewModel(dir.resolve("config"), this::browse, loaded::add, LocalDate.of(2024, 11, 30),
                TestThreads.SHARED);
        vm.useServer(server.base(), new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofSeconds(10), d -> { }, TestThreads.SHARED.scheduler()));
        vm.signIn().useServers(new OAuthServers(server.base(), server.base()), true);
        vm.onlyNewProperty().set(false);
        vm.startProperty().set(LocalDate.of(2024, 10, 1));
        vm.folderProperty().set(dir.resolve("fetched").toString());
        new FetchDialog(new ScriptedDialogs(), job -> work.execute(job), ScriptedDialogs.light(), vm).stage().show();
    }

    /**
     * Work held until the test runs it on its own thread, so that the dialog answers clicks meanwhile (the FX
     * thread is free) and the test knows, without waiting for anything, when the work has ended.
     */
    static final class HeldWork implements Executor {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable job) {
            held.add(job);
        }

        /** Runs what is held, here, then lets the FX thread show how it ended. */
        void runHere() {
            Runnable job;
            while ((job = next()) != null) {
                job.run();
            }
            Thread.interrupted(); // a cancel interrupts the thread that ran the work: this test's, here
            WaitForAsyncUtils.waitForFxEvents();
        }

        private synchronized Runnable next() {
            return held.poll();
        }
    }

    /** The dialog's browser: records the address and, for Oura's sign-in page, does what a user would. */
    private void browse(URI address) {
        opened.add(address);
        if (playBrowser && address.getPath().endsWith("oauth-authorize")) {
            CompletableFuture.runAsync(() -> {
                try {
                    OuraBrowser.signIn(address);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @AfterEach
    void stop() throws TimeoutException {
        server.close();
        FxToolkit.cleanupStages();
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

    @Test
    void fetchesWithAPastedTokenSavesAndLoadsTheFolder(FxRobot robot) throws TimeoutException, IOException {
        robot.clickOn("#advanced-token");
        robot.clickOn("#token").write(FakeOuraServer.TOKEN);
        robot.clickOn("#fetch");

        Path folder = dir.resolve("fetched");
        assertEquals(List.of(folder), loaded);
        assertTrue(Files.isRegularFile(folder.resolve("oura-v2-sleep.json")));
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved 1 file in " + folder + ": 48 new records"), status);
        ListView<?> progress = robot.lookup("#progress").queryAs(ListView.class);
        assertEquals(17, progress.getItems().size(), "a row for every kind the API has");
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.SAVED, sleep.state());
        assertEquals("48 received, 48 new", sleep.detail());
        assertFalse(Files.exists(dir.resolve("config").resolve("token-oura")), "not remembered unless asked");
        assertTokenInNoFile();
    }

    @Test
    void cancelStopsTheFetchAndLoadsNothing(FxRobot robot) throws TimeoutException {
        HeldWork held = new HeldWork();
        work = held;
        atSleep = () -> robot.clickOn("#cancel"); // while the fetch waits for Oura's answer
        robot.interact(() -> vm.tokenProperty().set(FakeOuraServer.TOKEN));
        robot.clickOn("#fetch");
        held.runHere();

        assertEquals(1, server.requests("sleep").size());
        assertFalse(vm.runningProperty().get());

        assertTrue(loaded.isEmpty());
        assertEquals("Cancelled. The kinds saved before stay saved.", robot.lookup("#status").queryAs(Label.class).getText());
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.STOPPED, sleep.state());
        assertFalse(Files.exists(dir.resolve("fetched").resolve("oura-v2-sleep.json")));
    }

    @Test
    void aRefusedTokenIsExplainedAndARememberedTokenIsKeptPrivately(FxRobot robot) throws TimeoutException, IOException {
        robot.clickOn("#advanced-token");
        robot.interact(() -> vm.tokenProperty().set("an-expired-token"));
        robot.clickOn("#remember");
        robot.clickOn("#fetch");

        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("expired or is wrong"), status.getText());
        assertFalse(status.getText().contains("an-expired-token"));
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertTrue(loaded.isEmpty());
        assertEquals("an-expired-token",
                new RememberedTokens(dir.resolve("config")).load(FetchSource.OURA).orElseThrow());
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInWords(FxRobot robot) throws TimeoutException, IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        robot.interact(() -> {
            vm.tokenProperty().set(FakeOuraServer.TOKEN);
            vm.folderProperty().set(notAFolder.resolve("fetched").toString());
        });
        robot.clickOn("#fetch");
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Could not save in " + notAFolder.resolve("fetched") + ": "), status.getText());
        assertFalse(status.getText().contains("Exception"), status.getText());
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertTrue(loaded.isEmpty());
    }

    private void assertTokenInNoFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(FakeOuraServer.TOKEN), f.toString());
            }
        }
    }
}
