package org.ouraviewer.ui.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Nights tab on the bundled sample, through the robot: what only the nodes do (hover, clicks, keys, the
 * wheel, the toggle, the tag box, the export button). What the choices compute is {@link NightsViewModelTest}'s.
 * Background work runs on the test's thread ({@link ScriptedDialogs#SAME_THREAD}).
 */
@ExtendWith(ApplicationExtension.class)
class NightsViewTest {
    private static final LoadResult DATA = DataLoader.load(List.of(sample()));
    private AppModel app;
    private NightsView view;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @TempDir
    Path dir;

    private static Path sample() {
        try {
            return Path.of(NightsViewTest.class.getResource("/org/ouraviewer/sample/index.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) {
        app = new AppModel();
        app.setLoaded(DATA);
        var context = ScriptedDialogs.context(app, dialogs);
        view = new NightsView(context);
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 800);
        context.appearance().style(scene); // the theme's named colours, as the window has them
        stage.setScene(scene);
        stage.show();
    }

    private ActogramPane actogram(FxRobot robot) {
        return robot.lookup(".actogram").queryAs(ActogramPane.class);
    }

    /** The screen point in the middle of {@code row}, at 03:00 on the actogram's clock. */
    private static Point2D rowPoint(ActogramPane pane, int row) {
        ActogramLayout l = pane.currentLayout();
        return pane.localToScreen(l.xOf(9 * 3600), (l.rowTop(row) + l.rowBottom(row)) / 2);
    }

    /** The actogram of the last 90 days, the wheel zooms its days, Escape goes back, Export writes it. */
    @Test
    void theActogramShowsTheLast90DaysTheWheelZoomsThemAndExportWritesIt(FxRobot robot) throws Exception {
        ActogramPane pane = actogram(robot);
        ActogramLayout l = pane.currentLayout();
        assertNotNull(l);
        assertEquals(90, l.rows().rows());
        assertEquals(LocalDate.of(2024, 5, 5), l.rows().day(89));
        assertEquals(1, l.daysPerLine());

        DayRange before = view.viewModel().rangeProperty().get();
        robot.moveTo(rowPoint(pane, 45)).scroll(2, javafx.geometry.VerticalDirection.UP);
        assertFalse(before.equals(view.viewModel().rangeProperty().get()), "the wheel changed the range");
        // zooming by half around the 45th row keeps that day where it is
        RowGestures gestures = new RowGestures(pane);
        robot.interact(() -> pane.zoom().resetZoom());
        double anchor = gestures.valueAt((pane.currentLayout().rowTop(45) + pane.currentLayout().rowBottom(45)) / 2);
        robot.interact(() -> pane.zoom().zoomAround(anchor, 0.5));
        DayRange half = view.viewModel().rangeProperty().get();
        assertEquals(45, half.days(), 1, half.toString());
        assertTrue(half.contains(before.from().plusDays(45)), half.toString());
        robot.interact(pane::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertEquals(before, view.viewModel().rangeProperty().get(), "Escape goes back to the 90 days");

        Path png = dir.resolve("nights.png");
        dialogs.answerChoice(view.export().orElseThrow().formats().get(0).label()).answerFile(png);
        robot.clickOn(".nights-export");
        assertTrue(Files.size(png) > 1000);
    }

    /** Keys choose a day and Enter opens it; hovering a row names its day and a click opens it. */
    @Test
    void keysOrTheMouseChooseADayAndOpenItInTheNightTab(FxRobot robot) {
        ActogramPane pane = actogram(robot);
        robot.moveTo(pane.localToScreen(5, 5));
        robot.interact(pane::requestFocus);
        robot.type(KeyCode.UP);
        assertEquals(89, pane.selectedRow(), "from below the last day, Up chooses the last");
        robot.type(KeyCode.UP, 2).type(KeyCode.PAGE_UP);
        assertEquals(80, pane.selectedRow());
        assertTrue(pane.readout().getText().startsWith("Friday 26 April 2024"), pane.readout().getText());
        robot.type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2024, 4, 26), app.dayProperty().get());
        assertEquals(Page.NIGHT, app.tabProperty().get());

        robot.interact(() -> app.tabProperty().set(Page.NIGHTS));
        int row = pane.currentLayout().rows().row(LocalDate.of(2024, 4, 22));
        robot.moveTo(rowPoint(pane, row));
        assertTrue(pane.readout().isVisible());
        String text = pane.readout().getText();
        assertTrue(text.startsWith("Monday 22 April 2024"), text);
        assertTrue(text.contains("(UTC+07:00)"), "a night in Bangkok on its own clock: " + text);
        assertTrue(text.contains("Sleep ") && text.contains("Readiness "), text);
        robot.clickOn(rowPoint(pane, row));
        assertEquals(LocalDate.of(2024, 4, 22), app.dayProperty().get());
        assertEquals(Page.NIGHT, app.tabProperty().get());
    }

    /** The toggle and the tag box show the median night of a tag's nights; the usual night lies over it. */
    @Test
    void theMedianNightOfATagsNightsAndTheUsualNightOverIt(FxRobot robot) {
        robot.clickOn("Median night");
        assertEquals(NightsViewModel.Mode.MEDIAN, view.viewModel().modeProperty().get());
        MedianNightPane median = robot.lookup(".median-night").queryAs(MedianNightPane.class);
        assertTrue(median.isVisible());
        assertFalse(actogram(robot).isVisible());
        assertNotNull(median.currentLayout());

        ComboBox<?> tags = robot.lookup(".nights-tag").queryAs(ComboBox.class);
        robot.clickOn(tags).clickOn("Nights after Alcohol");
        var sets = view.viewModel().contentProperty().get().sets();
        assertEquals("After Alcohol", sets.primary().name());
        var layout = median.currentLayout();
        double x = layout.xOf(2 * 3600 + 60);
        robot.moveTo(median.localToScreen(x, layout.lanes().get(0).top() + 20));
        String text = median.readout().getText();
        assertTrue(text.startsWith("2:00–2:05 after bedtime start"), text);
        assertTrue(text.contains("After Alcohol, " + sets.primary().median().nights() + " nights:"), text);
        assertTrue(text.contains("All other nights, "), text);

        robot.interact(() -> app.compareWithUsualNight(LocalDate.of(2024, 1, 20)));
        NightsViewModel.Content c = view.viewModel().contentProperty().get();
        assertEquals(LocalDate.of(2024, 1, 20), c.single().day());
        assertTrue(c.range().contains(LocalDate.of(2024, 1, 20)), "the view moved its range: " + c.range());
        assertNotNull(median.currentLayout().lane(org.ouraviewer.chart.nights.OverlayLayout.NIGHT));
        robot.clickOn(".nights-clear-single");
        assertNull(view.viewModel().contentProperty().get().single());
    }
}
