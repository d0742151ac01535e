package org.ouraviewer.ui.workouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a workout's day from the table: double-click and Enter; Ctrl+C copies the selected rows. */
@ExtendWith(ApplicationExtension.class)
class WorkoutsViewTest {
    private final AppModel model = new AppModel();

    @Start
    void start(Stage stage) {
        model.tabProperty().set(Page.WORKOUTS);
        WorkoutsView view = new WorkoutsView(org.ouraviewer.ui.common.ScriptedDialogs.context(model));
        model.setLoaded(DataLoader.load(List.of(TestFiles.samples("api-recordings/workout__multiple.json"))));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkoutRow> table(FxRobot robot) {
        return robot.lookup(".row-table").queryAs(TableView.class);
    }

    /** The rows are built on the view's executor, here the FX thread itself: they are shown at once. */
    @BeforeEach
    void rowsAreShown(FxRobot robot) {
        assertEquals(83, table(robot).getItems().size());
    }

    @SuppressWarnings("unchecked")
    private TableRow<WorkoutRow> rowAt(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match(n -> ((TableRow<WorkoutRow>) n).getIndex() == index
                && ((TableRow<WorkoutRow>) n).getItem() != null).queryAs(TableRow.class);
    }

    @Test
    void loadingFillsTheTableNewestFirst(FxRobot robot) {
        TableView<WorkoutRow> table = table(robot);
        assertEquals(83, table.getItems().size());
        assertTrue(table.getItems().get(0).day().isAfter(table.getItems().get(82).day()));
    }

    @Test
    void doubleClickOpensTheDayInTheNightTab(FxRobot robot) {
        TableRow<WorkoutRow> row = rowAt(robot, 2);
        WorkoutRow item = row.getItem();
        assertNull(model.dayProperty().get());
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(item.day(), model.dayProperty().get());
        assertEquals(Page.NIGHT, model.tabProperty().get());
    }

    @Test
    void enterOpensTheFocusedRowsDay(FxRobot robot) {
        TableRow<WorkoutRow> row = rowAt(robot, 5);
        WorkoutRow item = row.getItem();
        robot.clickOn(row);
        assertEquals(Page.WORKOUTS, model.tabProperty().get(), "a single click only selects");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WorkoutRow below = table(robot).getItems().get(6);
        assertNotNull(below);
        assertEquals(below.day(), model.dayProperty().get());
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertTrue(item.ordinal() != below.ordinal());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) throws Exception {
        robot.clickOn(rowAt(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(rowAt(robot, 2)).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()
                .split("\n");
        TableView<WorkoutRow> table = table(robot);
        assertEquals(3, copied.length);
        for (int i = 0; i < 3; i++) {
            WorkoutRow r = table.getItems().get(i);
            assertEquals(String.join("\t", r.dayText(), r.startText(), r.endText(), r.durationText(), r.activity(),
                    r.intensity(), r.caloriesText(), r.distanceText(), r.source(), r.label()), copied[i]);
        }
    }
}
