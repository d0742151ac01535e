package org.ouraviewer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The background helper on a same-thread executor: callbacks in order, a finally that always runs. */
@ExtendWith(ApplicationExtension.class)
class TasksTest {
    @Start
    void start(Stage stage) {
        // the FX thread is all these tests need
    }

    @Test
    void andFinallyRunsEvenWhenOnSuccessThrows(FxRobot robot) {
        List<String> calls = new ArrayList<>();
        List<Throwable> uncaught = new ArrayList<>();
        RuntimeException boom = new IllegalStateException("boom");
        onFxThreadCollectingUncaught(robot, uncaught, () -> Tasks.create(() -> "value")
                .onSuccess(v -> {
                    calls.add("success " + v);
                    throw boom;
                })
                .andFinally(() -> calls.add("finally"))
                .runOnce(ScriptedDialogs.SAME_THREAD));
        assertEquals(List.of("success value", "finally"), calls);
        assertSame(boom, uncaught.get(0), "the callback's error reaches the crash path");
    }

    /** A message from the work (the sign-in page to open) reaches the FX thread before the task's end. */
    @Test
    void aMessageFromTheWorkArrivesBeforeTheSuccess(FxRobot robot) {
        List<String> calls = new ArrayList<>();
        robot.interact(() -> Tasks.<String>create(t -> {
            t.message("https://example.invalid/sign-in");
            return "done";
        }).onMessage(m -> calls.add("message " + m)).onSuccess(v -> calls.add("success " + v))
                .runOnce(ScriptedDialogs.SAME_THREAD));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("message https://example.invalid/sign-in", "success done"), calls);
    }

    @Test
    void anErrorWithoutOnErrorGoesToTheCrashPath(FxRobot robot) {
        List<Throwable> uncaught = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        onFxThreadCollectingUncaught(robot, uncaught, () -> Tasks.create(() -> {
            throw new java.io.IOException("disk gone");
        }).andFinally(() -> calls.add("finally")).runOnce(ScriptedDialogs.SAME_THREAD));
        assertEquals("disk gone", uncaught.get(0).getMessage());
        assertEquals(List.of("finally"), calls);
    }

    @Test
    void onErrorGetsTheErrorAndTheProgressTaskReports(FxRobot robot) {
        List<String> calls = new ArrayList<>();
        Tasks.ProgressTask<?>[] task = new Tasks.ProgressTask<?>[1];
        robot.interact(() -> {
            task[0] = Tasks.<Integer>create(t -> {
                t.progress(1, 2);
                return 7;
            }).onSuccess(v -> calls.add("got " + v)).runOnce(ScriptedDialogs.SAME_THREAD);
            Tasks.create(() -> {
                throw new IllegalArgumentException("bad");
            }).onError(e -> calls.add("error " + e.getMessage())).runOnce(ScriptedDialogs.SAME_THREAD);
        });
        assertEquals(List.of("got 7", "error bad"), calls);
        robot.interact(() -> assertEquals(0.5, task[0].getProgress(), 1e-9));
    }

    /** Runs {@code action} on the FX thread with a handler that collects what reaches the crash path. */
    private static void onFxThreadCollectingUncaught(FxRobot robot, List<Throwable> into, Runnable action) {
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> into.add(e));
        });
        try {
            robot.interact(action); // the callbacks run in the FX events interact waits for
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }
}
