package org.ouraviewer.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.ui.workouts.WorkoutsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export writes the rows shown to the chosen file, replacing it whole, and says what it saved. */
@ExtendWith(ApplicationExtension.class)
class CsvExportTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
    }

    private static WorkoutsViewModel moderateWorkouts() {
        WorkoutsViewModel vm = new WorkoutsViewModel();
        vm.setData(DataLoader.load(List.of(TestFiles.samples("api-recordings/workout__multiple.json"))).data());
        vm.selectedIntensities().add("Moderate");
        return vm;
    }

    @Test
    void writesTheVisibleRowsAtomicallyAndSaysSo(FxRobot robot) throws Exception {
        WorkoutsViewModel vm = moderateWorkouts();
        int rows = vm.table().visibleSnapshot().size();
        Path target = dir.resolve("workouts");
        Path written = dir.resolve("workouts.csv");
        Files.writeString(written, "an older, longer file that must be replaced entirely\n".repeat(200));
        ScriptedDialogs dialogs = new ScriptedDialogs().answerFile(target);

        robot.interact(() -> ExportCommand.run(CsvExport.of(vm.table(), "workouts", "oura-workouts.csv").orElseThrow(),
                ScriptedDialogs.context(new AppModel(), dialogs)));

        assertEquals(List.of("Export workouts: oura-workouts.csv"), dialogs.asked(), "one format: no choice asked");
        assertEquals(new ScriptedDialogs.Shown("notify", null, "Saved " + rows + " rows to workouts.csv."),
                dialogs.last());
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertEquals(vm.table().csv(), text);
        assertEquals(rows + 1, text.split("\r\n").length);
        assertFalse(text.contains("older"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(written), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneSentenceInADialog(FxRobot robot) throws Exception {
        WorkoutsViewModel vm = moderateWorkouts();
        Path notAFolder = Files.writeString(dir.resolve("a file"), "x");
        ScriptedDialogs dialogs = new ScriptedDialogs().answerFile(notAFolder.resolve("w.csv"));
        robot.interact(() -> ExportCommand.run(CsvExport.of(vm.table(), "workouts", "w.csv").orElseThrow(),
                ScriptedDialogs.context(new AppModel(), dialogs)));
        ScriptedDialogs.Shown error = dialogs.last();
        assertEquals("error", error.kind());
        assertTrue(error.text().startsWith("Could not save w.csv: "), error.text());
        assertFalse(error.text().contains("Exception") || error.text().contains(".tmp"), error.text());
    }

    @Test
    void nothingShownIsNothingToExport() {
        WorkoutsViewModel vm = moderateWorkouts();
        vm.selectedIntensities().clear();
        vm.selectedIntensities().add("no such intensity");
        assertTrue(CsvExport.of(vm.table(), "workouts", "w.csv").isEmpty());
    }
}
