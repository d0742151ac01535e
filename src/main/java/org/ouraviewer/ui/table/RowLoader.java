package org.ouraviewer.ui.table;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import org.ouraviewer.model.OuraData;

/**
 * Builds a table's rows off the FX thread (formatting tens of thousands of cells once takes a moment)
 * and hands them to the FX thread. When loads overlap, only the newest load's rows are shown.
 */
public final class RowLoader<R> {
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "table-rows");
        t.setDaemon(true);
        return t;
    });

    private final Function<OuraData, List<R>> build;
    private final Consumer<List<R>> show;
    private long generation;

    /**
     * @param build makes the rows; runs on a background thread
     * @param show  shows them; runs on the FX thread
     */
    public RowLoader(Function<OuraData, List<R>> build, Consumer<List<R>> show) {
        this.build = build;
        this.show = show;
    }

    /** Starts building the rows of {@code data}. FX thread. */
    public void load(OuraData data) {
        long mine = ++generation;
        EXECUTOR.execute(() -> {
            List<R> rows = build.apply(data);
            Platform.runLater(() -> {
                if (mine == generation) {
                    show.accept(rows);
                }
            });
        });
    }
}
