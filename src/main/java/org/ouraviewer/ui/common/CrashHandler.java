package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The window's one crash path: an error nobody handled, on the FX thread or a background thread, is logged
 * with its stack and then said in one dialog: what failed, where, and which log file has the details.
 * While the window goes on, later errors within a few seconds are only logged, so a repeating error cannot
 * bury the window under dialogs. Installed on the FX thread, as the default for every thread, and on the
 * app's executor ({@link org.ouraviewer.work.AppThreads}).
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(CrashHandler.class.getName());
    private static final long QUIET_MILLIS = 5_000;

    private final Supplier<String> logLocation;
    private DialogService dialogs;
    private long lastShown = Long.MIN_VALUE / 2;

    /** @param logLocation where the details are, for the end of a sentence ("the log file /…/oura-viewer-0.log") */
    public CrashHandler(Supplier<String> logLocation) {
        this.logLocation = Objects.requireNonNull(logLocation);
    }

    /** The dialogs to speak through, once the main window has them. FX thread. */
    public void showIn(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Handles errors of the FX thread (call on it) and of every thread without a handler of its own. */
    public void installOnThisAndEveryThread() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            LOG.log(System.Logger.Level.ERROR, "Unexpected error in thread " + thread.getName(), error);
        } catch (RuntimeException | Error ignored) {
            // the log failing must not hide the error from the user
        }
        String message = describe(error) + " What you were doing may not have finished; the rest of the window"
                + " still works. The details are in " + logLocation.get() + ".";
        if (Platform.isFxApplicationThread()) {
            show(message);
        } else {
            Platform.runLater(() -> show(message));
        }
    }

    private void show(String message) {
        long now = System.currentTimeMillis();
        if (dialogs == null || now - lastShown < QUIET_MILLIS) {
            return;
        }
        lastShown = now;
        try {
            dialogs.error("Oura Viewer hit an error", message);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "The error dialog could not be shown", e);
        }
    }

    /** "An unexpected error (IllegalStateException: boom) stopped CalendarView.repaint." */
    static String describe(Throwable error) {
        String kind = error.getClass().getSimpleName();
        String text = error.getMessage() == null || error.getMessage().isBlank() ? kind
                : kind + ": " + org.ouraviewer.text.Problems.printable(error.getMessage());
        return "An unexpected error (" + text + ") stopped " + where(error) + ".";
    }

    /** The first method of the app's own code in the stack, else the first of all. */
    private static String where(Throwable error) {
        StackTraceElement[] stack = error.getStackTrace();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.ouraviewer.")) {
                return simple(e);
            }
        }
        return stack.length == 0 ? "the window" : simple(stack[0]);
    }

    private static String simple(StackTraceElement e) {
        String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
        int lambda = cls.indexOf('$');
        return (lambda > 0 ? cls.substring(0, lambda) : cls) + "." + e.getMethodName().replaceAll("^lambda\\$(\\w+)\\$\\d+$", "$1");
    }
}
