package org.ouraviewer.ui.main;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.ui.common.Icons;

/** The status bar: what is loaded (days, range, files), progress and Cancel while loading. */
final class LoadStatus {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final StatusBar bar = new StatusBar();
    private final Button cancel = new Button("Cancel", Icons.CANCEL.node());
    private final Button problems = new Button(null, Icons.WARNING.node());
    private final DataLoading loading;
    private LoadResult shown = LoadResult.EMPTY;

    LoadStatus(DataLoading loading, Runnable showReport) {
        this.loading = loading;
        bar.getStyleClass().add("load-status");
        cancel.getStyleClass().add("status-button");
        cancel.setOnAction(e -> loading.cancel());
        cancel.setTooltip(new Tooltip("Stop loading; what was loaded before stays"));
        problems.getStyleClass().addAll("status-button", "problems-button");
        problems.setOnAction(e -> showReport.run());
        problems.setTooltip(new Tooltip("Show the load report"));
        loading.runningProperty().addListener((obs, o, n) -> update());
        loading.errorProperty().addListener((obs, o, n) -> update());
        loading.progressProperty().addListener((obs, o, n) -> bar.setProgress(loading.runningProperty().get()
                ? n.doubleValue() : 0));
        update();
    }

    StatusBar node() {
        return bar;
    }

    void show(LoadResult result) {
        shown = result;
        update();
    }

    private void update() {
        bar.getRightItems().clear();
        if (loading.runningProperty().get()) {
            bar.setText("Loading " + loading.whatProperty().get() + "…");
            bar.setProgress(loading.progressProperty().get());
            bar.getRightItems().add(cancel);
            return;
        }
        bar.setProgress(0);
        String error = loading.errorProperty().get();
        bar.setText(error != null ? "Loading failed: " + error : describe(shown));
        long failed = shown.failedCount();
        int skipped = shown.files().stream().mapToInt(org.ouraviewer.io.FileReport::skipped).sum();
        if (failed > 0 || skipped > 0) {
            problems.setText(failed > 0 ? (failed == 1 ? "1 file could not be read" : failed + " files could not be read")
                    : skipped == 1 ? "1 bad record skipped" : String.format("%,d bad records skipped", skipped));
            bar.getRightItems().add(problems);
        }
    }

    /** "2,223 days, 10 Oct 2018 – 12 Nov 2024 · 8 files", or what to do when nothing is loaded. */
    static String describe(LoadResult result) {
        OuraData data = result.data();
        int files = result.files().size();
        if (data.days().isEmpty()) {
            return files == 0 ? "Nothing loaded: open or drop your Oura files" : "No days in the "
                    + plural(files, "file") + " loaded";
        }
        LocalDate first = data.days().first();
        LocalDate last = data.days().last();
        String range = first.equals(last) ? DATE.format(first) : DATE.format(first) + " – " + DATE.format(last);
        return plural(data.days().size(), "day") + ", " + range + " · " + plural(files, "file");
    }

    private static String plural(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
