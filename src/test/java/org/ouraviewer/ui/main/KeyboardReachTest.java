package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.chart.ChartCanvasPane;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.ouraviewer.work.TestThreads;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard alone: Ctrl+Tab goes from tab to tab, and on each tab Tab goes round every control and chart,
 * the focus never on something hidden; each chart it reaches says what it shows (its accessible text).
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {
    /** More than any tab has controls: going round takes fewer presses than this. */
    private static final int MOST_PRESSES = 80;

    private AppModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createDirectories(AppDirs.config().resolve("keyboard-reach-test"));
        Path settings = Files.createTempFile(dir, "settings", ".json");
        Files.delete(settings);
        model = new AppModel();
        window = new MainWindow(stage, model, new SettingsStore(settings, ScriptedDialogs.SAME_THREAD),
                ScriptedDialogs.SAME_THREAD, TestThreads.SHARED, new ScriptedDialogs(), Optional::empty);
        window.show();
    }

    private void load(FxRobot robot) {
        List<java.io.File> files = List.of(
                TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json").toFile(),
                TestFiles.samples("api-recordings/daily_sleep__multiple.json").toFile(),
                TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json").toFile());
        robot.interact(() -> assertTrue(window.dropHandler().dropped(files)));
        robot.interact(() -> model.openDay(model.data().sleepDays().last()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlTabGoesThroughEveryTabAndTabReachesEveryChart(FxRobot robot) {
        load(robot);
        robot.interact(() -> model.tabProperty().set(Page.CALENDAR));
        List<String> described = new ArrayList<>();
        for (Page page : Page.values()) {
            if (page != Page.CALENDAR) {
                robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertEquals(page, model.tabProperty().get(), "Ctrl+Tab goes to the next tab");
            described.addAll(charts(goRound(robot, page)));
        }
        // the Nights tab's other chart
        robot.clickOn("Median night");
        described.addAll(charts(goRound(robot, Page.NIGHTS)));
        assertTrue(described.stream().anyMatch(s -> s.startsWith("Night of ")), described::toString);
        assertTrue(described.stream().anyMatch(s -> s.startsWith("Trends from ")), described::toString);
        assertTrue(described.stream().anyMatch(s -> s.startsWith("Tag effects on ")), described::toString);
        assertTrue(described.stream().anyMatch(s -> s.startsWith("Actogram from ")), described::toString);
        assertTrue(described.stream().anyMatch(s -> s.startsWith("Median night of ")), described::toString);
    }

    /**
     * Presses Tab until the focus comes back to where it started (the tab's chart, when it has one), and returns
     * what had it on the way, the last being where it started; every one of them shown.
     */
    private List<Node> goRound(FxRobot robot, Page page) {
        Node first = stage.getScene().getFocusOwner();
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < MOST_PRESSES; i++) {
            robot.type(KeyCode.TAB);
            Node now = stage.getScene().getFocusOwner();
            assertTrue(shown(now), page + ": the focus went to something hidden: " + now);
            visited.add(now);
            if (now == first) {
                return visited;
            }
        }
        throw new AssertionError(page + ": Tab never came back round after " + MOST_PRESSES + " presses: " + visited);
    }

    /** The accessible text of every chart among {@code nodes}; none may be without one. */
    private static List<String> charts(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof ChartCanvasPane<?, ?> chart) {
                String text = chart.getAccessibleText();
                assertTrue(text != null && !text.isEmpty() && !text.equals(ChartCanvasPane.NOTHING_SHOWN),
                        chart.getStyleClass() + " says what it shows: " + text);
                out.add(text);
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n != null && n.getScene() != null;
    }
}
