package org.ouraviewer.ui.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.TrendLayout;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.MetricGroup;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.MetricPicker;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.ui.common.ViewContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Trends tab on the bundled sample (2024-01-15 to 2024-05-05, seven tags), through the robot: what only the
 * nodes do (layout, mouse, keys, appearance). What the choices compute is {@link TrendsViewModelTest}'s.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsViewTest {
    private static final LoadResult SAMPLE = sample();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 15);
    private static final LocalDate LAST = LocalDate.of(2024, 5, 5);
    private final AppModel app = new AppModel();
    /** The appearance this test's view is given, its own. */
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private TrendsView view;

    private static LoadResult sample() {
        try {
            return DataLoader.load(List.of(Path.of(TrendsViewTest.class
                    .getResource("/org/ouraviewer/sample/index.txt").toURI()).getParent()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) {
        app.setLoaded(SAMPLE);
        app.tabProperty().set(Page.TRENDS);
        Appearance appearance = new Appearance(dark);
        view = new TrendsView(new ViewContext(app, ScriptedDialogs.SAME_THREAD, new ScriptedDialogs(), appearance));
        Scene scene = new Scene((Parent) view.node(), 1300, 760);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TrendLayout layout() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.chart().currentLayout();
    }

    private Point2D onScreen(LocalDate day) {
        TrendLayout l = layout();
        return view.chart().localToScreen(l.xOf(day), (l.plot().top() + l.plot().bottom()) / 2);
    }

    /** The chart once the background work is done; a metric chosen redraws it; the appearance paints it. */
    @Test
    void showsTheSampleFollowsTheMetricChosenAndTheAppearance(FxRobot robot) {
        TrendLayout l = layout();
        assertNotNull(l, "the chart is laid out once the background work is done");
        assertEquals(new DayRange(FIRST, LAST), l.chart().range(), "a year is more than the sample: all of it");
        assertEquals(DayMetric.SLEEP_SCORE, l.chart().lines().get(0).trend().metric());
        assertTrue(l.shapes().get(0).dots() > 100);
        Exportable.Export export = view.export().orElseThrow();
        String width = export.formats().get(0).label().replaceAll(".*\\((\\d+) × (\\d+) px\\)", "$1");
        assertTrue(Integer.parseInt(width) > view.chart().getWidth(), "the chart and the tag effects beside it");

        MetricPicker metric = robot.lookup(".trends-metric").queryAs(MetricPicker.class);
        robot.interact(() -> metric.metricProperty().set(DayMetric.READINESS_SCORE));
        assertEquals(DayMetric.READINESS_SCORE, layout().chart().lines().get(0).trend().metric());
        assertEquals("What tags go with: readiness score",
                robot.lookup(".tag-effects-title").queryAs(Label.class).getText());
        assertTrue(view.chart().lastRedrawNanos() > 0);

        assertEquals(ChartPalette.LIGHT, view.chart().palette());
        robot.interact(() -> dark.set(true));
        assertEquals(ChartPalette.DARK, view.chart().palette());
    }

    /**
     * The pickers by keyboard only: focus, type, arrows, Enter. Typing keeps the metrics whose label or group has
     * the words; the list shows them by group; the second picker never offers the first metric.
     */
    @Test
    void thePickersAreSearchedByTypingAndChosenByKeyboard(FxRobot robot) {
        MetricPicker metric = robot.lookup(".trends-metric").queryAs(MetricPicker.class);
        MetricPicker second = robot.lookup(".trends-second").queryAs(MetricPicker.class);
        List<DayMetric> offered = metric.metrics();
        assertEquals(view.viewModel().dataProperty().get().available().size(), offered.size());
        for (int i = 1; i < offered.size(); i++) {
            assertTrue(offered.get(i - 1).group().compareTo(offered.get(i).group()) <= 0, "listed by group");
        }
        assertFalse(second.metrics().contains(DayMetric.SLEEP_SCORE), "the second list leaves out the first");

        robot.interact(metric::requestFocus);
        robot.type(KeyCode.T, KeyCode.E, KeyCode.M, KeyCode.P);
        assertTrue(metric.isShowing(), "typing opens the list");
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        assertEquals(List.of(new MetricPicker.Choice(DayMetric.TEMPERATURE_DEVIATION)), List.copyOf(list.getItems()));
        robot.type(KeyCode.ENTER);
        assertFalse(metric.isShowing());
        assertEquals(DayMetric.TEMPERATURE_DEVIATION, view.viewModel().metricProperty().get());
        assertEquals(DayMetric.TEMPERATURE_DEVIATION, layout().chart().lines().get(0).trend().metric());
        assertTrue(second.metrics().contains(DayMetric.SLEEP_SCORE));
        assertFalse(second.metrics().contains(DayMetric.TEMPERATURE_DEVIATION));

        robot.type(KeyCode.S, KeyCode.L, KeyCode.E, KeyCode.E, KeyCode.P);
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.ENTER);
        DayMetric chosen = view.viewModel().metricProperty().get();
        assertEquals(MetricGroup.SLEEP, chosen.group(), "a metric of the Sleep group, by the arrows: " + chosen);
        assertNotEquals(DayMetric.TEMPERATURE_DEVIATION, chosen);
    }

    @Test
    void theDatePickersTheRangeButtonsTheWheelAndADragChangeTheDaysShown(FxRobot robot) {
        org.ouraviewer.ui.chart.DayRangeControl range = robot.lookup(".range-control")
                .queryAs(org.ouraviewer.ui.chart.DayRangeControl.class);
        javafx.scene.control.DatePicker from = robot.lookup(".range-from").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2024, 3, 1)));
        assertEquals(org.ouraviewer.ui.chart.DayRangeControl.Preset.CUSTOM, range.presetProperty().get());
        assertEquals(new DayRange(LocalDate.of(2024, 3, 1), LAST), layout().chart().range());
        robot.interact(() -> from.setValue(LocalDate.of(2023, 1, 1)));
        assertEquals(new DayRange(FIRST, LAST), layout().chart().range(), "cut to the data's days");

        robot.clickOn("30 days");
        assertEquals(new DayRange(LAST.minusDays(29), LAST), layout().chart().range());
        robot.clickOn("Everything");
        assertEquals(new DayRange(FIRST, LAST), layout().chart().range());
        robot.moveTo(onScreen(LocalDate.of(2024, 3, 1)));
        // Monocle's wheel moves 1 pixel a notch (a real wheel 40): small steps add up to whole days; 20 notches
        // zoom by 0.85^(20/40), to about 103 of the 112 days (each notch is a robot round trip: few are enough)
        robot.scroll(20, javafx.geometry.VerticalDirection.DOWN);
        DayRange zoomed = layout().chart().range();
        assertTrue(zoomed.days() < 112 && zoomed.contains(LocalDate.of(2024, 3, 1)), zoomed.toString());
        robot.type(KeyCode.ESCAPE);
        assertEquals(new DayRange(FIRST, LAST), layout().chart().range(), "back to the preset");
        robot.drag(onScreen(LocalDate.of(2024, 2, 1))).dropTo(onScreen(LocalDate.of(2024, 2, 20)));
        assertEquals(new DayRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 20)), layout().chart().range());
        assertEquals(app.tabProperty().get(), Page.TRENDS, "a drag is not a click");
    }

    /** The keys move the chart's day, hover reads it, Enter or a click opens it; a tag's row marks its days. */
    @Test
    void theKeysAndTheMouseReadAndOpenDaysAndChooseTags(FxRobot robot) {
        robot.clickOn("30 days");
        robot.interact(() -> view.chart().requestFocus());
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(LAST.minusDays(28), view.chart().cursor());
        assertTrue(view.chart().readout().get(0).endsWith("April 2024"), view.chart().readout().toString());
        robot.type(KeyCode.LEFT, 3);
        assertEquals(LAST.minusDays(31), view.chart().cursor(), "left of the range: the range follows");
        assertEquals(LAST.minusDays(31), layout().chart().range().from());
        robot.type(KeyCode.ENTER);
        assertEquals(Page.NIGHT, app.tabProperty().get());
        assertEquals(LAST.minusDays(31), app.dayProperty().get());

        robot.clickOn("Everything");
        LocalDate day = LocalDate.of(2024, 3, 9);
        robot.moveTo(onScreen(day));
        List<String> readout = view.chart().readout();
        assertEquals("Saturday 9 March 2024", readout.get(0));
        // the mean of the values of the 7 days ending on the 9th, computed here from the data itself
        double sum = 0;
        int n = 0;
        for (LocalDate d = day.minusDays(6); !d.isAfter(day); d = d.plusDays(1)) {
            double v = DayMetric.SLEEP_SCORE.value(SAMPLE.data(), d);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double value = DayMetric.SLEEP_SCORE.value(SAMPLE.data(), day);
        assertEquals("Sleep score: " + DayMetric.SLEEP_SCORE.readable(value) + " · 7-day mean "
                + DayMetric.SLEEP_SCORE.readable(sum / n), readout.get(1));
        robot.interact(() -> app.tabProperty().set(Page.TRENDS));
        robot.clickOn(onScreen(day));
        assertEquals(Page.NIGHT, app.tabProperty().get());
        assertEquals(day, app.dayProperty().get());

        ForestPane forest = robot.lookup(".forest-plot").queryAs(ForestPane.class);
        List<TagEffect> effects = view.viewModel().effectsProperty().get();
        double y = forest.plot().rowTop(0) + forest.plot().rowHeight() / 2;
        robot.clickOn(forest.localToScreen(20, y));
        assertEquals(effects.get(0).tag(), view.viewModel().tagProperty().get());
        assertEquals(TagDays.of(SAMPLE.data()).days(effects.get(0).tag()).size(), layout().chart().marked().size());
        robot.type(KeyCode.DOWN);
        assertEquals(effects.get(1).tag(), view.viewModel().tagProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, view.viewModel().tagProperty().get());
        assertTrue(layout().chart().marked().isEmpty());
    }

}
