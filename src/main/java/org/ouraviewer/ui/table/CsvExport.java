package org.ouraviewer.ui.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ouraviewer.io.AtomicFiles;

/** Saves a table's visible rows as a CSV file the user picks; written atomically, off the FX thread. */
public final class CsvExport {
    private static Path lastFolder;

    private CsvExport() {
    }

    /**
     * Asks for a file and writes the CSV text to it.
     *
     * @param csv  makes the text; runs on a background thread
     * @param done told "Saved … to name.csv" when the file is written
     */
    public static void show(Window owner, String suggestedName, Supplier<String> csv, int rowCount,
                            Consumer<String> done) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = withCsvExtension(file.toPath());
        lastFolder = target.toAbsolutePath().getParent();
        write(target, csv, rowCount, done);
    }

    /** Writes in the background; a failure is shown in a dialog with the reason. */
    static void write(Path target, Supplier<String> csv, int rowCount, Consumer<String> done) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                AtomicFiles.write(target, csv.get().getBytes(StandardCharsets.UTF_8));
                return null;
            }
        };
        task.setOnSucceeded(e -> done.accept("Saved " + rowCount + (rowCount == 1 ? " row" : " rows") + " to "
                + target.getFileName()));
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText("Could not save " + target.getFileName());
            alert.setContentText(String.valueOf(task.getException().getMessage()));
            alert.show();
        });
        Thread thread = new Thread(task, "csv-export");
        thread.setDaemon(true);
        thread.start();
    }

    static Path withCsvExtension(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? path
                : path.resolveSibling(name + ".csv");
    }
}
