package org.ouraviewer.ui.night;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.ui.common.ViewContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Night tab with the 48 periods of the API recording: keys move between nights with sleep data. */
@ExtendWith(ApplicationExtension.class)
class NightViewTest {
    private static final LoadResult DATA = DataLoader.load(List.of(
            TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json")));
    private AppModel app;
    /** The appearance this test's view is given, its own. */
    private final BooleanProperty dark = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        app = new AppModel();
        app.setLoaded(DATA);
        app.dayProperty().set(LocalDate.of(2024, 10, 14));
        NightView view = new NightView(new ViewContext(app, ScriptedDialogs.SAME_THREAD, new ScriptedDialogs(),
                new Appearance(dark)));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
        stage.show();
    }

    @Test
    void arrowKeysGoToThePreviousAndNextNightWithSleep(FxRobot robot) {
        robot.clickOn(".night-chart");
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2024, 10, 15), app.dayProperty().get());
        robot.type(KeyCode.LEFT, 2);
        assertEquals(LocalDate.of(2024, 10, 13), app.dayProperty().get());
        // 2024-10-26 and 10-27 have no sleep: from the 25th, Right skips to the 28th
        robot.interact(() -> app.dayProperty().set(LocalDate.of(2024, 10, 25)));
        robot.clickOn(".night-chart");
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2024, 10, 28), app.dayProperty().get());
        assertEquals(LocalDate.of(2024, 10, 28), robot.lookup(".night-date").queryAs(DatePicker.class).getValue());
    }

    @Test
    void keysZoomAndEscapeResets(FxRobot robot) {
        NightViewModel vm = findView(robot);
        robot.clickOn(".night-chart");
        robot.type(KeyCode.ADD);
        assertTrue(vm.zoom().isZoomed());
        double span = vm.zoom().windowProperty().get().span();
        robot.type(KeyCode.ADD);
        assertEquals(span * 0.7, vm.zoom().windowProperty().get().span(), 1e-6);
        robot.type(KeyCode.ESCAPE);
        assertFalse(vm.zoom().isZoomed());
        assertEquals(LocalDate.of(2024, 10, 14), app.dayProperty().get(), "zooming keeps the day");
    }

    @Test
    void dragSelectsARangeToZoomInto(FxRobot robot) {
        NightViewModel vm = findView(robot);
        NightChartPane chart = robot.lookup(".night-chart").queryAs(NightChartPane.class);
        var layout = chart.currentLayout();
        var bounds = chart.localToScreen(chart.getBoundsInLocal());
        double y = bounds.getMinY() + layout.lane(org.ouraviewer.chart.NightLayout.HEART_RATE).top() + 20;
        double x0 = bounds.getMinX() + layout.plot().left() + 100;
        double x1 = x0 + 200;
        double t0 = layout.timeAt(layout.plot().left() + 100);
        double t1 = layout.timeAt(layout.plot().left() + 300);
        robot.drag(x0, y).dropTo(new javafx.geometry.Point2D(x1, y));
        assertEquals(t0, vm.zoom().windowProperty().get().start(), 60);
        assertEquals(t1, vm.zoom().windowProperty().get().end(), 60);
        robot.doubleClickOn(x0, y);
        assertFalse(vm.zoom().isZoomed());
    }

    @Test
    void buttonsNavigateAndStopAtTheEnds(FxRobot robot) {
        robot.interact(() -> app.dayProperty().set(LocalDate.of(2024, 11, 2)));
        assertTrue(robot.lookup(".night-next").queryButton().isDisabled());
        robot.clickOn(".night-previous");
        assertEquals(LocalDate.of(2024, 11, 1), app.dayProperty().get());
    }

    @Test
    void listsEveryPeriodOfTheDayWithTheMainSleepSelected(FxRobot robot) {
        // 2024-10-14: rest, nap, long sleep and three naps, plus "Whole day"
        List<ToggleButton> toggles = robot.lookup(".night-period").queryAllAs(ToggleButton.class).stream().toList();
        assertEquals(7, toggles.size());
        assertEquals("Rest 17:39–19:24", toggles.get(0).getText());
        assertTrue(toggles.get(2).isSelected(), toggles.get(2).getText());
        assertTrue(toggles.get(2).getText().startsWith("Long sleep 23:50"));
        robot.clickOn("Whole day");
        assertEquals(NightViewModel.WHOLE_DAY, findView(robot).selectionProperty().get());
    }

    @Test
    void aDayWithoutSleepSaysSoAndOffersTheNearestNight(FxRobot robot) {
        robot.interact(() -> app.dayProperty().set(LocalDate.of(2024, 10, 27)));
        Label message = robot.lookup(".night-empty-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("No sleep data for 2024-10-27", message.getText());
        robot.clickOn(".night-nearest");
        assertEquals(LocalDate.of(2024, 10, 28), app.dayProperty().get());
        assertFalse(robot.lookup(".night-empty-message").queryAs(Label.class).getParent().isVisible());
    }

    @Test
    void drawsTheNightAndWritesASnapshot(FxRobot robot) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(robot.lookup(".night-view").query().snapshot(null, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(image.get());
        // the hypnogram's colours are on screen: some pixel has the deep-sleep blue of the light palette
        boolean deep = false;
        var reader = image.get().getPixelReader();
        for (int x = 0; x < image.get().getWidth() && !deep; x += 2) {
            for (int y = 0; y < image.get().getHeight() && !deep; y += 2) {
                deep = (reader.getArgb(x, y) & 0xffffff) == 0x0072b2;
            }
        }
        assertTrue(deep, "no deep-sleep block drawn");
        Path out = Path.of("target", "night-snapshots");
        Files.createDirectories(out);
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        var png = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(png, "png", out.resolve("night-2024-10-14.png").toFile());
    }

    /** The chart's palette is the appearance's, handed to it: dark appearance, dark chart, and back. */
    @Test
    void theChartPaintsInThePaletteOfTheAppearance(FxRobot robot) {
        NightChartPane chart = robot.lookup(".night-chart").queryAs(NightChartPane.class);
        assertEquals(org.ouraviewer.chart.NightPalette.LIGHT, chart.palette());
        robot.interact(() -> dark.set(true));
        assertEquals(org.ouraviewer.chart.NightPalette.DARK, chart.palette());
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(chart.snapshot(null, null)));
        assertEquals(0x1e2226, image.get().getPixelReader().getArgb(3, 3) & 0xffffff, "the dark background");
        robot.interact(() -> dark.set(false));
        assertEquals(org.ouraviewer.chart.NightPalette.LIGHT, chart.palette());
    }

    private static NightViewModel findView(FxRobot robot) {
        NightChartPane chart = robot.lookup(".night-chart").queryAs(NightChartPane.class);
        return chart.viewModel();
    }
}
