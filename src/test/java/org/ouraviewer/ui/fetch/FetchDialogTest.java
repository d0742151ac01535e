package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.ui.common.BackgroundThreads;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog against a local Oura server: fetch, then the folder is handed to the loader; cancel; refusal. */
@ExtendWith(ApplicationExtension.class)
class FetchDialogTest {
    /** A real background thread: cancelling needs the fetch to run while the dialog answers clicks. */
    private static final java.util.concurrent.Executor BACKGROUND = BackgroundThreads.create((t, e) -> { });
    @TempDir
    Path dir;
    FakeOuraServer server;
    FetchViewModel vm;
    final List<Path> loaded = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean holdSleep;

    @Start
    void start(Stage ignored) throws IOException {
        server = new FakeOuraServer();
        server.putRecording("sleep", "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json").pageSize(10)
                .onRequest(route -> {
                    if (holdSleep && route.equals("sleep")) {
                        try {
                            release.await(5, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        vm = new FetchViewModel(new RememberedTokens(dir.resolve("config")), loaded::add, LocalDate.of(2024, 11, 30));
        vm.useServer(server.base(), new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1),
                Duration.ofSeconds(10), d -> { }));
        vm.startProperty().set(LocalDate.of(2024, 10, 1));
        vm.folderProperty().set(dir.resolve("fetched").toString());
        new FetchDialog(new ScriptedDialogs(), BACKGROUND, vm).stage().show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        release.countDown();
        server.close();
        FxToolkit.cleanupStages();
    }

    void waitUntilDone() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fetchesSavesAndLoadsTheFolder(FxRobot robot) throws TimeoutException, IOException {
        robot.clickOn("#token").write(FakeOuraServer.TOKEN);
        robot.clickOn("#fetch");
        waitUntilDone();

        Path folder = dir.resolve("fetched");
        assertEquals(List.of(folder), loaded);
        assertTrue(Files.isRegularFile(folder.resolve("oura-v2-sleep.json")));
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved 1 file in " + folder + ": 48 new records"), status);
        ListView<?> progress = robot.lookup("#progress").queryAs(ListView.class);
        assertEquals(16, progress.getItems().size());
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.SAVED, sleep.state());
        assertEquals("48 received, 48 new", sleep.detail());
        assertFalse(Files.exists(dir.resolve("config").resolve("token-oura")), "not remembered unless asked");
        assertTokenInNoFile();
    }

    @Test
    void cancelStopsTheFetchAndLoadsNothing(FxRobot robot) throws TimeoutException, IOException {
        holdSleep = true;
        robot.interact(() -> vm.tokenProperty().set(FakeOuraServer.TOKEN));
        robot.clickOn("#fetch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> server.requests("sleep").size() == 1);
        robot.clickOn("#cancel");
        waitUntilDone();
        release.countDown();

        assertTrue(loaded.isEmpty());
        assertEquals("Cancelled. The kinds saved before stay saved.", robot.lookup("#status").queryAs(Label.class).getText());
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.STOPPED, sleep.state());
        assertFalse(Files.exists(dir.resolve("fetched").resolve("oura-v2-sleep.json")));
    }

    @Test
    void aRefusedTokenIsExplainedAndARememberedTokenIsKeptPrivately(FxRobot robot) throws TimeoutException, IOException {
        robot.interact(() -> vm.tokenProperty().set("an-expired-token"));
        robot.clickOn("#remember");
        robot.clickOn("#fetch");
        waitUntilDone();

        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("expired or is wrong"), status.getText());
        assertFalse(status.getText().contains("an-expired-token"));
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertTrue(loaded.isEmpty());
        assertEquals("an-expired-token", new RememberedTokens(dir.resolve("config")).load(FetchSource.OURA).orElseThrow());
    }

    private void assertTokenInNoFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(FakeOuraServer.TOKEN), f.toString());
            }
        }
    }
}
