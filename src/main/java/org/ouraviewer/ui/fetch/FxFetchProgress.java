package org.ouraviewer.ui.fetch;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.SavedFile;

/** A running fetch's progress, handed over to the FX thread: the rows per kind, and waits as a countdown. */
final class FxFetchProgress implements FetchProgress {
    private final KindRows rows;
    private final BiConsumer<String, Boolean> status;
    private volatile String waitingFor = "";

    /** @param status shows a line of status (text, whether it is an error) */
    FxFetchProgress(KindRows rows, BiConsumer<String, Boolean> status) {
        this.rows = rows;
        this.status = status;
    }

    @Override
    public void planned(List<String> names) {
        Platform.runLater(() -> rows.planned(names));
    }

    @Override
    public void started(String name) {
        Platform.runLater(() -> rows.started(name));
    }

    @Override
    public void received(String name, int records) {
        Platform.runLater(() -> rows.received(name, records));
    }

    @Override
    public void saved(SavedFile file) {
        Platform.runLater(() -> rows.saved(file));
    }

    @Override
    public void skipped(String name, String why) {
        Platform.runLater(() -> rows.skipped(name, why));
    }

    @Override
    public void waiting(String why, Duration delay) {
        waitingFor = why;
    }

    @Override
    public void waitingLeft(Duration left) {
        String text = waitingFor + "; trying again in " + Math.max(1, (left.toMillis() + 999) / 1000) + " s…";
        Platform.runLater(() -> status.accept(text, false));
    }

    @Override
    public void note(String what) {
        String text = Character.toUpperCase(what.charAt(0)) + what.substring(1) + "…";
        Platform.runLater(() -> status.accept(text, false));
    }
}
