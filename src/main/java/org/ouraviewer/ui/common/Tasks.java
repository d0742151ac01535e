package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background work in a few lines: {@code Tasks.create(work).onSuccess(...).onError(...).andFinally(...)
 * .runOnce(executor)}. The callbacks run on the FX thread; the work never does.
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

    /** A single daemon thread with a name that says whose it is (it shows in thread dumps). */
    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Collects the callbacks, then builds a {@link Task} that is a {@link ProgressTask}. */
    public static final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private Runnable onCancel = () -> { };
        private Runnable andFinally = () -> { };

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

        public Builder<T> andFinally(Runnable action) {
            andFinally = Objects.requireNonNull(action);
            return this;
        }

        public ProgressTask<T> build() {
            ProgressTask<T> task = new ProgressTask<>(work);
            task.setOnSucceeded(e -> {
                onSuccess.accept(task.getValue());
                andFinally.run();
            });
            task.setOnFailed(e -> {
                onError.accept(task.getException());
                andFinally.run();
            });
            task.setOnCancelled(e -> {
                onCancel.run();
                andFinally.run();
            });
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

        public void message(String text) {
            updateMessage(text);
        }
    }
}
