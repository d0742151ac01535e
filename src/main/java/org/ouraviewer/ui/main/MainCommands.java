package org.ouraviewer.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Tasks;
import org.ouraviewer.ui.fetch.FetchDialog;
import org.ouraviewer.ui.night.NightExport;

/** What the menus, the welcome pane and the shortcuts do. FX thread only. */
final class MainCommands {
    private static final ExecutorService SAMPLE_UNPACKER = Tasks.singleThread("oura-sample-unpacker");

    private final Stage stage;
    private final AppModel model;
    private final DataLoading loading;
    private final Settings settings;
    private final Runnable saveSettings;
    private LoadReportDialog report;

    MainCommands(Stage stage, AppModel model, DataLoading loading, Settings settings, Runnable saveSettings) {
        this.stage = stage;
        this.model = model;
        this.loading = loading;
        this.settings = settings;
        this.saveSettings = saveSettings;
    }

    void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Oura files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Oura data (*.json, *.zip)", "*.json", "*.zip", "*.JSON", "*.ZIP"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        initialFolder().ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of Oura files");
        initialFolder().ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    /** The folder of the most recent file (or the recent folder itself), if it still exists. */
    private java.util.Optional<File> initialFolder() {
        return settings.recent().stream()
                .map(p -> Files.isDirectory(p) ? p : p.getParent())
                .filter(p -> p != null && Files.isDirectory(p))
                .map(Path::toFile)
                .findFirst();
    }

    /** Adds {@code paths} to what is loaded (in the background). */
    void open(List<Path> paths) {
        loading.load(paths);
    }

    void fetch() {
        FetchDialog.show(stage, model);
    }

    void fetchNewData() {
        FetchDialog.showAndFetchNew(stage, model);
    }

    void openSample() {
        if (SampleData.names().isEmpty()) {
            alert("The sample data is not part of this build.");
            return;
        }
        // Unpacking writes a few MB and syncs them to disk: not on the FX thread.
        Tasks.create(SampleData::materialize)
                .onSuccess(folder -> open(List.of(folder)))
                .onError(e -> alert("The sample data could not be unpacked: " + e.getMessage()))
                .runOnce(SAMPLE_UNPACKER);
    }

    void exportNight() {
        NightExport.show(stage, model);
    }

    void showReport() {
        if (report == null) {
            report = new LoadReportDialog(stage);
        }
        report.show(model.loaded());
    }

    /** After a load: keeps an open report current. */
    void loaded(LoadResult result) {
        if (report != null) {
            report.refreshIfShowing(result);
        }
    }

    /** Forgets what is loaded: back to the welcome pane, and nothing to reopen next time. */
    void closeAll() {
        loading.cancel();
        model.setLoaded(LoadResult.EMPTY);
        settings.clearSession();
        saveSettings.run();
        loaded(LoadResult.EMPTY);
    }

    void clearRecent() {
        settings.recent().clear();
        saveSettings.run();
    }

    void showShortcuts() {
        HelpDialogs.showShortcuts(stage);
    }

    void showAbout() {
        HelpDialogs.showAbout(stage);
    }

    void quit() {
        stage.close();
        Platform.exit();
    }

    LoadReportDialog report() {
        return report;
    }

    private void alert(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.show();
    }
}
