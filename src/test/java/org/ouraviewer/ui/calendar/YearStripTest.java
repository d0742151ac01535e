package org.ouraviewer.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The year strip painted on one canvas: a click selects the day under the pointer, a gap selects nothing. */
@ExtendWith(ApplicationExtension.class)
class YearStripTest {
    private static final LoadResult HISTORY = DataLoader.load(List.of(TestFiles.samples("api-recordings/history")));

    private final AppModel model = new AppModel();
    private CalendarView view;

    @Start
    void start(Stage stage) {
        var context = org.ouraviewer.ui.common.ScriptedDialogs.context(model);
        view = new CalendarView(context);
        Scene scene = new Scene((Parent) view.node(), 1260, 780);
        context.appearance().style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void cellsAreFoundByWeekColumnAndWeekdayRow() {
        double em = 10;
        double step = YearStripPainter.step(em);
        assertEquals(0, YearStripPainter.cellAt(1, 1, em));
        assertEquals(3 * 7 + 4, YearStripPainter.cellAt(3 * step + 2, 4 * step + 2, em));
        assertEquals(-1, YearStripPainter.cellAt(step - 0.5, 1, em), "the gap between two weeks");
        assertEquals(-1, YearStripPainter.cellAt(-1, 1, em));
        assertEquals(-1, YearStripPainter.cellAt(YearStripPainter.WEEKS * step + 1, 1, em));
        assertEquals(-1, YearStripPainter.cellAt(1, 7 * step + 1, em));
    }

    @Test
    void aClickOnACellSelectsItsDay(FxRobot robot) {
        robot.interact(() -> {
            model.setLoaded(HISTORY);
            view.viewModel().jumpToYear(2020);
            view.repaint();
        });
        LocalDate day = LocalDate.of(2020, 3, 4);
        LocalDate start = LocalDate.of(2019, 12, 30); // the Monday of the week of 2020-01-01
        int index = (int) ChronoUnit.DAYS.between(start, day);
        Canvas canvas = (Canvas) robot.lookup(".year-grid").queryAs(VBox.class).getChildren().get(1);
        double em = Font.getDefault().getSize();
        double step = YearStripPainter.step(em);
        Point2D at = canvas.localToScreen(index / 7 * step + 0.4 * em, index % 7 * step + 0.4 * em);

        robot.clickOn(at);

        assertEquals(day, view.viewModel().selectedDayProperty().get());
    }
}
