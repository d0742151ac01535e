package org.ouraviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.log.AppLog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nobody handled, from any thread, ends in the log with its stack and in one dialog that says where. */
@ExtendWith(ApplicationExtension.class)
class CrashHandlerTest {
    @TempDir
    Path logs;
    Handler log;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final CrashHandler crash = new CrashHandler(AppLog::where);

    @Start
    void start(Stage stage) {
        crash.showIn(dialogs);
    }

    @BeforeEach
    void logToTheTestFolder() {
        log = AppLog.installTo(logs, true);
    }

    @AfterEach
    void stopLogging() {
        AppLog.uninstall(log);
    }

    @Test
    void anErrorOnABackgroundThreadIsLoggedAndShownOnce() throws Exception {
        Thread worker = new Thread(() -> crash.uncaughtException(Thread.currentThread(),
                new IllegalStateException("the cat sat on the keyboard")), "oura-background-test");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        ScriptedDialogs.Shown shown = dialogs.last();
        assertEquals("error", shown.kind());
        assertTrue(shown.text().startsWith("An unexpected error (IllegalStateException: the cat sat on the keyboard)"
                + " stopped CrashHandlerTest.anErrorOnABackgroundThreadIsLoggedAndShownOnce."), shown.text());
        Path file = logs.resolve("oura-viewer-0.log");
        assertTrue(shown.text().endsWith("The details are in the log file " + file + "."), shown.text());
        String logged = Files.readString(file);
        assertTrue(logged.contains("Unexpected error in thread oura-background-test"), logged);
        assertTrue(logged.contains("at org.ouraviewer.ui.common.CrashHandlerTest"), "the stack is in the log");

        crash.uncaughtException(worker, new IllegalArgumentException("again"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown().size(), "a second error right after is logged, not shown again");
        assertTrue(Files.readString(file).contains("again"));
    }

    /** The whole path: a callback that throws on the FX thread reaches the dialog through Tasks. */
    @Test
    void aCallbackThatThrowsEndsInTheDialog(FxRobot robot) {
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler(crash);
        });
        try {
            robot.interact(() -> Tasks.create(() -> 1).onSuccess(v -> {
                throw new UnsupportedOperationException("not yet");
            }).runOnce(ScriptedDialogs.SAME_THREAD));
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
        assertTrue(dialogs.last().text().startsWith("An unexpected error (UnsupportedOperationException: not yet)"
                + " stopped CrashHandlerTest.aCallbackThatThrowsEndsInTheDialog."), dialogs.last().text());
    }
}
