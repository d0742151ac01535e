package org.ouraviewer.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.ui.workouts.WorkoutsViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export writes the CSV text to the chosen file, replacing it whole, and reports the row count. */
@ExtendWith(ApplicationExtension.class)
class CsvExportTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
    }

    @Test
    void writesTheVisibleRowsAtomically() throws Exception {
        WorkoutsViewModel vm = new WorkoutsViewModel();
        vm.setData(DataLoader.load(List.of(TestFiles.samples("api-recordings/workout__multiple.json"))).data());
        vm.selectedIntensities().add("Moderate");
        List<?> rows = vm.table().visibleSnapshot();
        Path target = dir.resolve("workouts.csv");
        Files.writeString(target, "an older, longer file that must be replaced entirely\n".repeat(200));

        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> CsvExport.write(target, () -> vm.table().csv(vm.table().visibleSnapshot()),
                rows.size(), done::complete));
        assertEquals("Saved " + rows.size() + " rows to workouts.csv", done.get(20, TimeUnit.SECONDS));

        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(vm.table().csv(), written);
        assertEquals(rows.size() + 1, written.split("\r\n").length);
        assertFalse(written.contains("older"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void addsTheCsvExtensionWhenMissing() {
        assertEquals(Path.of("/x/tags.csv"), CsvExport.withCsvExtension(Path.of("/x/tags")));
        assertEquals(Path.of("/x/tags.CSV"), CsvExport.withCsvExtension(Path.of("/x/tags.CSV")));
    }
}
