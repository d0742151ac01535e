package org.ouraviewer.ui.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tags table opens days, searches as one types, and says why it is empty. */
@ExtendWith(ApplicationExtension.class)
class TagsViewTest {
    private final AppModel model = new AppModel();

    @Start
    void start(Stage stage) {
        model.tabProperty().set(Page.TAGS);
        TagsView view = new TagsView(org.ouraviewer.ui.common.ScriptedDialogs.context(model));
        model.setLoaded(DataLoader.load(List.of(
                TestFiles.samples("api-recordings/history/enhanced_tag_2023-08-30_to_2024-11-09.json"),
                TestFiles.samples("open-humans-notebook/oura-v2-tag.json"))));
        stage.setScene(new Scene((Parent) view.node(), 1000, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<TagRow> table(FxRobot robot) {
        return robot.lookup(".row-table").queryAs(TableView.class);
    }

    /** The rows are built on the view's executor, here the FX thread itself: they are shown at once. */
    @BeforeEach
    void rowsAreShown(FxRobot robot) {
        assertEquals(25, table(robot).getItems().size());
    }

    @SuppressWarnings("unchecked")
    private TableRow<TagRow> rowAt(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match(n -> ((TableRow<TagRow>) n).getIndex() == index
                && ((TableRow<TagRow>) n).getItem() != null).queryAs(TableRow.class);
    }

    @Test
    void doubleClickOpensTheDay(FxRobot robot) {
        TableRow<TagRow> row = rowAt(robot, 1);
        assertNull(model.dayProperty().get());
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row.getItem().day(), model.dayProperty().get());
        assertEquals(Page.NIGHT, model.tabProperty().get());
    }

    @Test
    void enterOpensTheSelectedDay(FxRobot robot) {
        robot.clickOn(rowAt(robot, 3));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(table(robot).getItems().get(3).day(), model.dayProperty().get());
        assertEquals(Page.NIGHT, model.tabProperty().get());
    }

    @Test
    void typingInTheSearchFiltersAndTheEmptyTableSaysWhy(FxRobot robot) {
        robot.clickOn(robot.lookup(".text-field").queryAs(TextField.class));
        robot.write("jet");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table(robot).getItems().size());
        assertEquals("2 of 25 tags", robot.lookup(".table-count").queryAs(Label.class).getText());
        robot.write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table(robot).getItems().size());
        assertEquals("No tags match the search or the tag filter",
                robot.lookup(".empty-state").queryAs(Label.class).getText());
        robot.interact(() -> model.setLoaded(LoadResult.EMPTY));
        Label empty = robot.lookup(".empty-state").queryAs(Label.class);
        assertEquals("No tags in the loaded data", robot.lookup(".empty-state").queryAs(Label.class).getText());
    }
}
