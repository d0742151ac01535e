package org.ouraviewer.ui.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.OuraBrowser;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.OAuthServers;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.ouraviewer.work.TestThreads;

/**
 * What the FetchDialog*Test classes share: the "Get data from Oura" dialog against a local Oura. The dialog's work
 * runs at once on the FX thread (a click returns when it is done), except where a test holds it to click while it
 * is pending: nothing here polls or waits out a time.
 */
abstract class FetchDialogFixture {
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

    /** Opens the dialog: each test class's own @Start calls it (TestFX looks for @Start in the test class only). */
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
}
