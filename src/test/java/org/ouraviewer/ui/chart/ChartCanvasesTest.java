package org.ouraviewer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.chart.Painter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chart pane holds its canvases (and so their bitmaps) only while its tab is shown, and paints them anew when
 * shown again.
 */
@ExtendWith(ApplicationExtension.class)
class ChartCanvasesTest {
    /** Lays out to its size and counts its paints. */
    static final class CountingPane extends ChartCanvasPane<double[], String> {
        int paints;

        CountingPane() {
            super(new SimpleBooleanProperty(false), dark -> dark ? "dark" : "light", 300, 200);
        }

        @Override
        protected double[] layOut(double width, double height) {
            return new double[] {width, height};
        }

        @Override
        protected void paint(double[] layout, String palette, Painter p) {
            paints++;
        }

        @Override
        protected void redrawOverlay() {
            clearOverlay();
        }

        void showOverlay() {
            clearOverlay().fillRect(0, 0, 10, 10);
        }
    }

    private CountingPane pane;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        pane = new CountingPane();
        tabs = new TabPane(new Tab("chart", pane), new Tab("other", new Label("other")));
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    private List<Canvas> canvases() {
        return pane.getChildrenUnmodifiable().stream().filter(Canvas.class::isInstance).map(Canvas.class::cast)
                .toList();
    }

    @Test
    void hiddenPaneHasNoCanvasesAndIsPaintedWhenShownAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            List<Canvas> shown = canvases();
            assertEquals(2, shown.size());
            for (Canvas c : shown) {
                assertEquals(Math.floor(pane.getWidth()), c.getWidth());
                assertEquals(Math.floor(pane.getHeight()), c.getHeight());
                assertTrue(c.getWidth() > 0 && c.getHeight() > 0);
            }
            assertTrue(pane.paints >= 1);
            tabs.getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(List.of(), canvases());
            int before = pane.paints;
            // drawn while hidden: nothing kept, nothing thrown
            pane.showOverlay();
            pane.relayout();
            assertEquals(before, pane.paints);
            tabs.getSelectionModel().select(0);
            assertEquals(before + 1, pane.paints);
            List<Canvas> again = canvases();
            assertEquals(2, again.size());
            assertEquals(Math.floor(pane.getWidth()), again.get(0).getWidth());
            assertEquals(Math.floor(pane.getHeight()), again.get(1).getHeight());
            assertEquals(pane.getWidth(), pane.currentLayout()[0], 1);
        });
    }
}
