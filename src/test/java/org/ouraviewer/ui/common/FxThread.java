package org.ouraviewer.ui.common;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The FX thread for view-model tests, without a scene or a robot: the view-models' {@link Tasks} report on
 * the FX thread, so a test runs its steps there (background work on {@link ScriptedDialogs#SAME_THREAD}) and
 * reads the results once the callbacks those steps queued have run.
 */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the toolkit once (headless in the tests' configuration); later calls return at once. */
    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code step} on the FX thread, then waits until the callbacks it queued have run. */
    public static void run(Runnable step) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(step));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
