package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background work in a few lines: {@code Tasks.create(work).onSuccess(...).onError(...).andFinally(...)
 * .runOnce(executor)}, on the app's executor ({@link ViewContext#background()}). The callbacks run on the FX
 * thread, always after the work (JavaFX posts them); the work runs on the executor's thread (a test's
 * same-thread executor runs it at once, and the callbacks follow in the FX events a robot waits for). {@code andFinally} always runs, even when a callback throws. An error without
 * an {@code onError} goes to the FX thread's uncaught-exception handler: the crash path, which logs it and
 * says so in a dialog.
 */
public final class Tasks {
    private Tasks() {
    }

    /** Work that can see its task, to report progress or notice cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressTask<T> task) throws Exception;
    }

    public static <T> Builder<T> create(Callable<T> work) {
        Objects.requireNonNull(work);
        return new Builder<>(task -> work.call());
    }

    public static <T> Builder<T> create(Work<T> work) {
        return new Builder<>(Objects.requireNonNull(work));
    }

    /**
     * Runs a callback, then {@code andFinally} whatever happens; an error in either goes to the crash path
     * rather than into the task (which would otherwise turn a success into a failure).
     */
    private static void callback(Runnable action, Runnable andFinally) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            unhandled(e);
        } finally {
            try {
                andFinally.run();
            } catch (RuntimeException | Error e) {
                unhandled(e);
            }
        }
    }

    /**
     * What happens to an error nobody handles: the current thread's uncaught-exception handler gets it (the
     * crash path). An {@code onError} that handles the errors it expects hands the others on here.
     */
    public static void unhandled(Throwable error) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, error);
    }

    /** Collects the callbacks, then builds a {@link Task} that is a {@link ProgressTask}. */
    public static final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = Tasks::unhandled;
        private Runnable onCancel = () -> { };
        private Runnable andFinally = () -> { };
        private Consumer<String> onMessage;

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> action) {
            onSuccess = Objects.requireNonNull(action);
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> action) {
            onError = Objects.requireNonNull(action);
            return this;
        }

        public Builder<T> onCancel(Runnable action) {
            onCancel = Objects.requireNonNull(action);
            return this;
        }

        /** What the work tells on the way ({@link ProgressTask#message}), on the FX thread. */
        public Builder<T> onMessage(Consumer<String> action) {
            onMessage = Objects.requireNonNull(action);
            return this;
        }

        public Builder<T> andFinally(Runnable action) {
            andFinally = Objects.requireNonNull(action);
            return this;
        }

        public ProgressTask<T> build() {
            ProgressTask<T> task = new ProgressTask<>(work);
            task.setOnSucceeded(e -> callback(() -> onSuccess.accept(task.getValue()), andFinally));
            task.setOnFailed(e -> callback(() -> onError.accept(task.getException()), andFinally));
            task.setOnCancelled(e -> callback(onCancel, andFinally));
            if (onMessage != null) {
                task.messageProperty().addListener((o, was, now) -> callback(() -> onMessage.accept(now), () -> { }));
            }
            return task;
        }

        public ProgressTask<T> runOnce(Executor executor) {
            ProgressTask<T> task = build();
            executor.execute(task);
            return task;
        }
    }

    /** A task whose work may report progress from any thread through {@link #progress}. */
    public static final class ProgressTask<T> extends Task<T> {
        private final Work<T> work;

        private ProgressTask(Work<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        /** Thread-safe: {@link Task#updateProgress} coalesces updates onto the FX thread. */
        public void progress(long done, long total) {
            updateProgress(done, total);
        }

        /**
         * Hands {@code text} to the builder's {@code onMessage}, on the FX thread, before the task's end is
         * reported. Thread-safe; a message sent again before the first is seen replaces it.
         */
        public void message(String text) {
            updateMessage(text);
        }
    }
}
