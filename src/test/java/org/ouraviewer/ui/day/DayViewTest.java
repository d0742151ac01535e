package org.ouraviewer.ui.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.chart.day.DayLayout;
import org.ouraviewer.chart.day.DayPalette;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.ui.common.ViewContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Day tab on the hand-made day: the chart and numbers shown, keys move days and open the night, zoom. */
@ExtendWith(ApplicationExtension.class)
class DayViewTest {
    private static final LocalDate MAR5 = LocalDate.of(2024, 3, 5);
    private AppModel app;
    private DayView view;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) throws URISyntaxException {
        LoadResult data = DataLoader.load(List.of(Path.of(DayViewTest.class.getResource("/day").toURI())));
        app = new AppModel();
        app.setLoaded(data);
        app.dayProperty().set(MAR5);
        view = new DayView(new ViewContext(app, ScriptedDialogs.SAME_THREAD, new ScriptedDialogs(),
                new Appearance(dark)));
        stage.setScene(new Scene((Parent) view.node(), 1200, 760));
        stage.show();
    }

    @Test
    void showsTheDayAndItsNumbersAndTheKeysWork(FxRobot robot) {
        DayChartPane chart = view.chart();
        DayLayout layout = chart.currentLayout();
        assertEquals(7, layout.lanes().size(), "every lane of the day, the Hub's included");
        assertTrue(robot.lookup(".day-numbers-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Activity score")));
        assertEquals(MAR5, robot.lookup(".day-date").queryAs(DatePicker.class).getValue());

        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        robot.moveTo(b.getMinX() + layout.xOf(layout.series().start() + 6 * 3600 + 60), b.getMinY()
                + layout.lane(DayLayout.HEART_RATE).top() + 20);
        robot.clickOn(chart);
        robot.type(KeyCode.ADD);
        assertTrue(view.viewModel().zoom().isZoomed());
        robot.type(KeyCode.ESCAPE);
        assertFalse(view.viewModel().zoom().isZoomed());

        robot.interact(() -> dark.set(true));
        assertEquals(DayPalette.DARK, chart.palette());

        robot.clickOn(chart);
        robot.type(KeyCode.RIGHT);
        assertEquals(app.data().days().higher(MAR5), app.dayProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(MAR5, app.dayProperty().get());
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, app.tabProperty().get());
    }
}
