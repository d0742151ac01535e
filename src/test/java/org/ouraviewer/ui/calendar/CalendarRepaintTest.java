package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.ui.common.AppModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Repainting the calendar with six years loaded: the cells show the new metric, month or year after
 * one repaint. Prints how long each repaint (with CSS and layout) took, for the record; the assertions
 * are about what is shown, not about time.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarRepaintTest {
    private static final LoadResult HISTORY = DataLoader.load(List.of(TestFiles.samples("api-recordings/history")));

    private final AppModel model = new AppModel();
    private CalendarView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        var context = org.ouraviewer.ui.common.ScriptedDialogs.context(model);
        view = new CalendarView(context);
        scene = new Scene((javafx.scene.Parent) view.node(), 1260, 780);
        context.appearance().style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private double timed(FxRobot robot, String what, Consumer<CalendarViewModel> change) {
        double[] best = {Double.MAX_VALUE};
        double[] bestCpu = {Double.MAX_VALUE};
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                long cpu0 = threadCpuNanos();
                long t0 = System.nanoTime();
                change.accept(view.viewModel());
                long t1 = System.nanoTime();
                view.repaint();
                long t2 = System.nanoTime();
                scene.getRoot().applyCss();
                long t3 = System.nanoTime();
                scene.getRoot().layout();
                long t4 = System.nanoTime();
                if (Boolean.getBoolean("calendar.profile")) {
                    System.out.printf("  change %.1f, repaint %.1f, css %.1f, layout %.1f ms%n", (t1 - t0) / 1e6,
                            (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
                }
                best[0] = Math.min(best[0], (System.nanoTime() - t0) / 1e6);
                bestCpu[0] = Math.min(bestCpu[0], (threadCpuNanos() - cpu0) / 1e6);
            }
        });
        // CPU time of the FX thread as well as wall time: on a busy machine the wall time is mostly waiting.
        System.out.printf("calendar repaint, %s: %.1f ms wall, %.1f ms FX-thread CPU (best of 5)%n", what, best[0],
                bestCpu[0]);
        return best[0];
    }

    /**
     * The FX thread's CPU time, through reflection: tests compile inside the app's module, which does not
     * read java.management, but they run on the class path, where it is there.
     */
    private static long threadCpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    private String shownValue(FxRobot robot, LocalDate day) {
        return robot.lookup(".day-cell").match(n -> day.equals(n.getProperties().get(DayCellView.DAY_KEY)))
                .queryAs(DayCellView.class).lookupAll(".day-value").stream().map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst().orElseThrow();
    }

    @Test
    void repaintsShowTheNewMetricMonthAndYear(FxRobot robot) {
        robot.interact(() -> model.setLoaded(HISTORY));
        LocalDate day = HISTORY.data().dailyReadinessByDay().lastKey();

        timed(robot, "metric", vm -> vm.metricProperty().set(vm.metricProperty().get() == DayMetric.SLEEP_SCORE
                ? DayMetric.READINESS_SCORE : DayMetric.SLEEP_SCORE));
        robot.interact(() -> view.viewModel().metricProperty().set(DayMetric.READINESS_SCORE));
        robot.interact(view::repaint);
        assertEquals(Integer.toString(HISTORY.data().dailyReadiness(day).orElseThrow().score()), shownValue(robot, day));

        timed(robot, "month", vm -> vm.moveMonths(-1));
        timed(robot, "year", vm -> vm.jumpToYear(2019));
        robot.interact(() -> {
            view.viewModel().jumpToYear(2020);
            view.repaint();
        });
        LocalDate shown = view.viewModel().selectedDayProperty().get();
        assertEquals(2020, shown.getYear());
        String expected = HISTORY.data().dailyReadiness(shown).map(r -> Integer.toString(r.score())).orElse("");
        assertEquals(expected, shownValue(robot, shown));
    }
}
