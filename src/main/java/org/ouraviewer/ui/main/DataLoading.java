package org.ouraviewer.ui.main;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Tasks;

/**
 * Loads files in the background, one load at a time on the app's executor, each merging with what
 * is loaded. Asking for more while a load runs queues it. Progress, the running flag and errors are
 * properties for the status bar. Methods are for the FX thread.
 */
final class DataLoading {
    private final AppModel app;
    private final Executor background;
    private final Queue<List<Path>> queue = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");
    private BiConsumer<List<Path>, LoadResult> onLoaded = (paths, result) -> { };
    private Tasks.ProgressTask<LoadResult> current;

    DataLoading(AppModel app, Executor background) {
        this.app = Objects.requireNonNull(app);
        this.background = Objects.requireNonNull(background);
    }

    /** Called on the FX thread after a load was applied to the app, with the paths it read. */
    void setOnLoaded(BiConsumer<List<Path>, LoadResult> action) {
        onLoaded = Objects.requireNonNull(action);
    }

    /** Reads {@code paths} in the background and adds them to what is loaded. */
    void load(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        queue.add(List.copyOf(paths));
        if (current == null) {
            startNext();
        }
    }

    private void startNext() {
        List<Path> paths = queue.poll();
        if (paths == null) {
            current = null;
            running.set(false);
            return;
        }
        LoadResult previous = app.loaded();
        what.set(describe(paths));
        running.set(true);
        error.set(null);
        progress.set(-1);
        current = Tasks.<LoadResult>create(task -> DataLoader.load(paths, previous, task::progress, task::isCancelled))
                .onSuccess(result -> {
                    app.setLoaded(result);
                    onLoaded.accept(paths, result);
                })
                .onError(e -> error.set(e instanceof CancellationException ? null : describe(e)))
                .onCancel(queue::clear)
                .andFinally(this::startNext)
                .build();
        progress.bind(current.progressProperty());
        current.runningProperty().addListener((obs, o, n) -> {
            if (!n) {
                progress.unbind();
            }
        });
        background.execute(current);
    }

    /** "history", "a.json and 2 more": what a load reads, for the status bar. */
    static String describe(List<Path> paths) {
        Path first = paths.get(0).getFileName() == null ? paths.get(0) : paths.get(0).getFileName();
        return paths.size() == 1 ? first.toString() : first + " and " + (paths.size() - 1) + " more";
    }

    private static String describe(Throwable e) {
        return Problems.describe(e.getCause() != null && e.getMessage() == null ? e.getCause() : e);
    }

    /** Stops the running load and drops the queued ones; what was loaded before stays. */
    void cancel() {
        queue.clear();
        if (current != null) {
            current.cancel(true);
        }
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the size of the work is not known yet. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the running (or last) load reads. */
    ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    /** Why the last load failed as a whole (not a file: those are in the load report); null if it did not. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
