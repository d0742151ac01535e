package org.ouraviewer.ui.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.chart.TrendCsv;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.FxThread;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;

/**
 * The Trends tab's state without a scene, on the bundled sample (2024-01-15 to 2024-05-05, seven tags): what
 * the choices make of the chart and the tag effects. Background work runs on the FX thread at once
 * ({@link ScriptedDialogs#SAME_THREAD}).
 */
class TrendsViewModelTest {
    private static final LoadResult SAMPLE = sample();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 15);
    private static final LocalDate LAST = LocalDate.of(2024, 5, 5);
    private static final DayRange ALL = new DayRange(FIRST, LAST);
    private final AppModel app = new AppModel();
    private TrendsViewModel vm;

    @TempDir
    Path dir;

    private static LoadResult sample() {
        try {
            return DataLoader.load(List.of(Path.of(TrendsViewModelTest.class
                    .getResource("/org/ouraviewer/sample/index.txt").toURI()).getParent()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void fxThread() throws TimeoutException {
        FxThread.start();
    }

    /** The sample loaded and the whole of it shown, as the tab's range control asks on a first show. */
    private TrendsViewModel loaded() {
        FxThread.run(() -> {
            app.setLoaded(SAMPLE);
            vm = new TrendsViewModel(app, ScriptedDialogs.SAME_THREAD);
            vm.rangeProperty().set(ALL);
        });
        return vm;
    }

    private TrendChart chart() {
        return vm.chartProperty().get();
    }

    @Test
    void aLoadIsComputedInTheBackgroundAndTheChartDrawsTheRangeGiven() {
        FxThread.run(() -> vm = new TrendsViewModel(app, ScriptedDialogs.SAME_THREAD));
        assertTrue(vm.dataProperty().get().isEmpty());
        assertNull(chart(), "nothing loaded, nothing drawn");
        FxThread.run(() -> app.setLoaded(SAMPLE));
        assertFalse(vm.computingProperty().get());
        assertEquals(ALL, vm.dataProperty().get().span());
        assertNull(chart(), "no range yet: the view gives it");
        FxThread.run(() -> vm.rangeProperty().set(new DayRange(LAST.minusDays(29), LAST)));
        assertEquals(new DayRange(LAST.minusDays(29), LAST), chart().range());
        assertEquals(1, chart().lines().size());
        assertEquals(DayMetric.SLEEP_SCORE, chart().lines().get(0).trend().metric());
        assertEquals(7, chart().lines().get(0).trend().window());
    }

    @Test
    void aLaterLoadWinsOverAnEarlierOneStillComputing() {
        loaded();
        FxThread.run(() -> {
            app.setLoaded(SAMPLE);
            app.setLoaded(LoadResult.EMPTY);
        });
        assertTrue(vm.dataProperty().get().isEmpty(), "the sample's result came first and was dropped");
        assertFalse(vm.computingProperty().get());
        assertNull(chart());
    }

    @Test
    void aMetricSwitchRedrawsTheChartAndTheTagEffects() {
        loaded();
        FxThread.run(() -> vm.metricProperty().set(DayMetric.READINESS_SCORE));
        assertEquals(DayMetric.READINESS_SCORE, chart().lines().get(0).trend().metric());
        List<TagEffect> effects = vm.effectsProperty().get();
        assertEquals(vm.dataProperty().get().effects(DayMetric.READINESS_SCORE, 1), effects);
        assertFalse(effects.isEmpty());
        for (int i = 1; i < effects.size(); i++) {
            assertTrue(effects.get(i - 1).strength() >= effects.get(i).strength(), "strongest first");
        }
    }

    @Test
    void aSecondMetricIsASecondLineAndTheWindowTheRollingMean() {
        loaded();
        FxThread.run(() -> {
            vm.secondProperty().set(DayMetric.READINESS_SCORE);
            vm.windowProperty().set(14);
        });
        assertEquals(List.of(DayMetric.SLEEP_SCORE, DayMetric.READINESS_SCORE),
                chart().lines().stream().map(l -> l.trend().metric()).toList());
        assertTrue(chart().lines().stream().allMatch(l -> l.trend().window() == 14));
        FxThread.run(() -> vm.secondProperty().set(DayMetric.SLEEP_SCORE));
        assertEquals(1, chart().lines().size(), "the same metric twice is one line");
    }

    @Test
    void theSecondMetricsListLeavesOutTheFirst() {
        loaded();
        List<DayMetric> available = vm.dataProperty().get().available();
        assertEquals(available.stream().filter(m -> m != DayMetric.SLEEP_SCORE).toList(), vm.secondMetrics());
        FxThread.run(() -> vm.metricProperty().set(DayMetric.READINESS_SCORE));
        assertFalse(vm.secondMetrics().contains(DayMetric.READINESS_SCORE));
        assertTrue(vm.secondMetrics().contains(DayMetric.SLEEP_SCORE));
        assertEquals(available.size() - 1, vm.secondMetrics().size());
    }

    @Test
    void aTagMarksTheNightsAfterItsDaysAtTheLagChosen() {
        loaded();
        String tag = vm.effectsProperty().get().get(0).tag();
        NavigableSet<LocalDate> days = TagDays.of(SAMPLE.data()).days(tag);
        FxThread.run(() -> vm.tagProperty().set(tag));
        NavigableSet<LocalDate> after = new TreeSet<>();
        days.forEach(d -> after.add(d.plusDays(1)));
        assertEquals(after, chart().marked(), "the night after, as the lag says");
        assertEquals(tag + ", the night after", chart().markedName());
        FxThread.run(() -> vm.lagProperty().set(0));
        assertEquals(days, chart().marked());
        assertEquals(tag + ", the same day", chart().markedName());
        FxThread.run(() -> vm.tagProperty().set(null));
        assertTrue(chart().marked().isEmpty());
        FxThread.run(() -> vm.tagProperty().set("no such tag"));
        assertNull(vm.tagProperty().get(), "a tag without an effect on the metric is not kept");
    }

    @Test
    void lagsReadAsWords() {
        assertEquals("the same day", TrendsViewModel.lagWords(0));
        assertEquals("the night after", TrendsViewModel.lagWords(1));
        assertEquals("2 nights after", TrendsViewModel.lagWords(2));
    }

    @Test
    void openShowsTheDayInTheNightTab() {
        loaded();
        FxThread.run(() -> vm.open(null));
        assertEquals(Page.CALENDAR, app.tabProperty().get(), "no day, nothing opens");
        FxThread.run(() -> vm.open(LocalDate.of(2024, 3, 9)));
        assertEquals(Page.NIGHT, app.tabProperty().get());
        assertEquals(LocalDate.of(2024, 3, 9), app.dayProperty().get());
    }

    @Test
    void exportsThePictureAtThreeScalesSvgAndTheSeriesAsCsv() throws Exception {
        loaded();
        FxThread.run(() -> vm.periodsProperty().set(TrendChart.Periods.MONTHS));
        Exportable.Export export = vm.export(1200, 700, ChartPalette.LIGHT).orElseThrow();
        assertEquals(5, export.formats().size());
        assertEquals("PNG picture, 2×", export.preferred().label().substring(0, 15));
        Path png = dir.resolve("t.png");
        assertEquals("Saved the trends of 2024-01-15 to 2024-05-05 to t.png.",
                export.writer().write(export.formats().get(0), png));
        String size = export.formats().get(0).label().replaceAll(".*\\((\\d+) × (\\d+) px\\)", "$1");
        assertEquals(Integer.parseInt(size), ImageIO.read(png.toFile()).getWidth(), "the size the format says");
        Path svg = dir.resolve("t.svg");
        export.writer().write(export.formats().get(3), svg);
        String text = Files.readString(svg);
        assertTrue(text.contains(">Sleep score<"));
        assertTrue(text.contains("<g id=\"tag-effects\">") && text.contains(">What tags go with: sleep score,")
                && text.contains(">Each bar is the 95 % interval"), "the tag effects beside");
        Path csv = dir.resolve("t.csv");
        export.writer().write(export.formats().get(4), csv);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(TrendCsv.HEADER, rows.get(0));
        assertEquals(112, rows.stream().filter(r -> r.startsWith("day,")).count());
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05"), rows.stream()
                .filter(r -> r.startsWith("month,")).map(r -> r.split(",")[1]).toList());
        assertEquals("trends-sleep_score-2024-01-15-2024-05-05.png", export.fileName().apply(export.formats().get(1)));
    }

    @Test
    void nothingToExportWithoutAChart() {
        FxThread.run(() -> vm = new TrendsViewModel(app, ScriptedDialogs.SAME_THREAD));
        assertTrue(vm.export(1200, 700, ChartPalette.LIGHT).isEmpty());
    }
}
