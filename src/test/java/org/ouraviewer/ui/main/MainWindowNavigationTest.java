package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.ui.common.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving between days and tabs in the main window: clicks and keys on the Calendar, the Night and the Day tabs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNavigationTest extends MainWindowFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
    }

    @Test
    void clickingADayOpensItsNight(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        LocalDate day = model.data().days().last().minusDays(2);
        robot.clickOn(cellOf(robot, day).node());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(day, model.dayProperty().get());
        assertEquals("Night", robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getText());
    }

    /** Left and Right on the Night tab go to the previous and next night, never to the neighbouring tab. */
    @Test
    void arrowKeysOnTheNightTabChangeTheNightNotTheTab(FxRobot robot) throws Exception {
        drop(robot, TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"));
        LocalDate last = model.data().sleepDays().last();
        robot.interact(() -> model.openDay(last));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".night-chart");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(model.data().sleepDays().lower(last), model.dayProperty().get());
        robot.interact(() -> model.tabProperty().set(Page.CALENDAR));
        robot.interact(() -> model.tabProperty().set(Page.NIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".night-chart").query().isFocused(), "the tab shown focuses its chart");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(last, model.dayProperty().get());
    }

    @Test
    void keysMoveTheSelectionAndEnterOpensIt(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        LocalDate last = model.data().days().last();
        robot.interact(() -> {
            model.dayProperty().set(last);
            robot.lookup(".months-pane").query().requestFocus();
        });
        robot.type(KeyCode.LEFT).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last.minusDays(8), model.dayProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(model.data().days().first(), model.dayProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals(Page.NIGHT, model.tabProperty().get());
    }

    /** The ways into the Day tab: the Calendar's D and its right-click menu, the Night tab's Day button; N goes back. */
    @Test
    void theCalendarAndTheNightTabOpenTheDayTabOnTheirDay(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        LocalDate last = model.data().days().last();
        robot.interact(() -> {
            model.dayProperty().set(last);
            robot.lookup(".months-pane").query().requestFocus();
        });
        robot.type(KeyCode.LEFT).type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.DAY, model.tabProperty().get());
        assertEquals(last.minusDays(1), model.dayProperty().get());
        assertEquals(last.minusDays(1), robot.lookup(".day-date").queryAs(DatePicker.class).getValue());

        robot.interact(() -> model.tabProperty().set(Page.CALENDAR));
        LocalDate clicked = last.minusDays(2);
        javafx.scene.Node cell = cellOf(robot, clicked).node();
        // the headless platform turns no right click into a context-menu request: send the one it would
        robot.interact(() -> {
            Bounds b = cell.localToScene(cell.getBoundsInLocal());
            Point2D screen = cell.localToScreen(b.getWidth() / 2, b.getHeight() / 2);
            Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, b.getCenterX(),
                    b.getCenterY(), screen.getX(), screen.getY(), false,
                    new PickResult(cell, b.getCenterX(), b.getCenterY())));
        });
        assertEquals(clicked, model.dayProperty().get(), "the right-clicked day is selected");
        robot.clickOn("Open the activity day");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.DAY, model.tabProperty().get());
        assertEquals(clicked, robot.lookup(".day-date").queryAs(DatePicker.class).getValue());

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(clicked, model.dayProperty().get());
        robot.clickOn(".night-day");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.DAY, model.tabProperty().get());
        assertEquals(clicked, model.dayProperty().get());
    }
}
