package org.ouraviewer.ui.trends;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.bench.MetricsBenchmark;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Trends tab's timings on six years (not a test: its name keeps it out of the suite; run it with
 * {@code bench/trends-ui.sh}). The background computation of everything the tab shows, then, on the FX
 * thread in a real window (Monocle, software rendering), each choice as the user makes it: the time from the
 * property set to the chart laid out and painted (its canvas commands issued), and a snapshot of the chart
 * (the canvas rendered to pixels) as an upper bound of the frame's rendering. Data: {@code -Dbench.data=DIR}
 * (default: the six synthetic years of {@code target/bench-metrics}); rounds: {@code -Dbench.rounds=N}.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsUiBenchmark {
    @Test
    void timings(FxRobot robot) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 20);
        String given = System.getProperty("bench.data");
        Path dir = given != null ? Path.of(given) : MetricsBenchmark.sixYears(Path.of("target/bench-metrics"));
        LoadResult loaded = DataLoader.load(List.of(dir));
        System.out.printf("%s: %d days, %d tags, %d enhanced tags%n", dir, loaded.data().days().size(),
                loaded.data().tags().size(), loaded.data().enhancedTags().size());
        TrendsData data = MetricsBenchmark.time("background: TrendsData.of (all metrics × 3 windows, all effects × 3 lags)",
                rounds, () -> TrendsData.of(loaded.data()));
        System.out.printf("  %d metrics, %d tag effects of the first at lag 1%n", data.available().size(),
                data.effects(data.available().get(0), 1).size());

        AppModel app = new AppModel();
        AtomicReference<TrendsView> view = new AtomicReference<>();
        robot.interact(() -> {
            app.setLoaded(loaded);
            var context = ScriptedDialogs.context(app);
            view.set(new TrendsView(context));
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) view.get().node(), 1240, 780);
            context.appearance().style(scene);
            stage.setScene(scene);
            stage.show();
        });
        TrendsViewModel vm = view.get().viewModel();
        DayRangeControl range = robot.lookup(".range-control").queryAs(DayRangeControl.class);
        List<DayMetric> metrics = data.available();
        Random random = new Random(1);
        for (DayRangeControl.Preset preset : List.of(DayRangeControl.Preset.DAYS_90, DayRangeControl.Preset.YEAR,
                DayRangeControl.Preset.ALL)) {
            robot.interact(() -> range.choose(preset));
            String where = " (" + preset.label() + ")";
            onFx(robot, "metric switch" + where, rounds,
                    () -> vm.metricProperty().set(metrics.get(random.nextInt(metrics.size()))));
            onFx(robot, "metric switch, with a second metric" + where, rounds, () -> {
                vm.metricProperty().set(metrics.get(random.nextInt(metrics.size())));
                vm.secondProperty().set(metrics.get(random.nextInt(metrics.size())));
            });
            robot.interact(() -> vm.secondProperty().set(null));
            onFx(robot, "window switch 7/14/30" + where, rounds,
                    () -> vm.windowProperty().set(TrendsData.WINDOWS.get(random.nextInt(3))));
            onFx(robot, "week/month means" + where, rounds,
                    () -> vm.periodsProperty().set(TrendChart.Periods.values()[random.nextInt(3)]));
            onFx(robot, "tag chosen (marks its days)" + where, rounds, () -> {
                List<TagEffect> effects = vm.effectsProperty().get();
                vm.tagProperty().set(effects.isEmpty() ? null : effects.get(random.nextInt(effects.size())).tag());
            });
            onFx(robot, "lag switch 0/1/2" + where, rounds, () -> vm.lagProperty().set(random.nextInt(3)));
            onFx(robot, "snapshot of the chart (render to pixels)" + where, rounds,
                    () -> view.get().chart().snapshot(null, null));
        }
        onFx(robot, "range change: 30 days / 90 days / 1 year / everything", rounds, () -> range.choose(
                DayRangeControl.Preset.values()[random.nextInt(4)]));
        onFx(robot, "zoom by one wheel notch (custom range)", rounds, () -> robot.lookup(".range-control")
                .queryAs(DayRangeControl.class).show(new org.ouraviewer.chart.DayRange(
                        data.span().from().plusDays(random.nextInt(1000)), data.span().to())));
    }

    /** Times {@code action} on the FX thread, {@code rounds} times, with {@link MetricsBenchmark#time}. */
    private static void onFx(FxRobot robot, String what, int rounds, Runnable action) {
        robot.interact(() -> MetricsBenchmark.time(what, rounds, (Supplier<Object>) () -> {
            action.run();
            return null;
        }));
    }
}
