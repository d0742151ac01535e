package org.ouraviewer.ui.table;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.ui.common.Tasks;

/**
 * Builds a table's rows off the FX thread (formatting tens of thousands of cells once takes a moment)
 * and hands them to the FX thread. When loads overlap, only the newest load's rows are shown.
 */
public final class RowLoader<R> {
    private final Executor background;
    private final Function<OuraData, List<R>> build;
    private final Consumer<List<R>> show;
    private long generation;

    /**
     * @param background the app's executor
     * @param build      makes the rows; runs on a background thread
     * @param show       shows them; runs on the FX thread
     */
    public RowLoader(Executor background, Function<OuraData, List<R>> build, Consumer<List<R>> show) {
        this.background = background;
        this.build = build;
        this.show = show;
    }

    /** Starts building the rows of {@code data}. FX thread. */
    public void load(OuraData data) {
        long mine = ++generation;
        Tasks.create(() -> build.apply(data))
                .onSuccess(rows -> {
                    if (mine == generation) {
                        show.accept(rows);
                    }
                })
                .runOnce(background);
    }
}
