package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.ouraviewer.ui.chart.CanvasPainter;

/**
 * The year at a glance: one small cell per day of the selected day's year (columns are weeks, rows
 * Monday to Sunday), the months on screen outlined, and a button per year with data to jump there.
 * The cells are painted on one canvas ({@link YearStripPainter}): as 378 styled nodes they held 3.4 MB of
 * CSS state for a picture of a few hundred pixels.
 */
final class YearStrip extends VBox {
    private final CalendarViewModel viewModel;
    private final ObservableBooleanValue dark;
    private final HBox yearButtons = new HBox();
    private final ToggleGroup years = new ToggleGroup();
    private final Label[] monthLabels = new Label[12];
    private final Pane monthRow = new Pane();
    private final Canvas canvas = new Canvas();
    private final YearStripPainter.Cell[] cells = new YearStripPainter.Cell[YearStripPainter.CELLS];
    private LocalDate start;
    private int year;
    private int shownYear = Integer.MIN_VALUE;

    YearStrip(CalendarViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.dark = dark;
        getStyleClass().add("year-strip");
        yearButtons.getStyleClass().add("year-buttons");
        for (int m = 0; m < 12; m++) {
            monthLabels[m] = new Label(java.time.Month.of(m + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            monthLabels[m].getStyleClass().add("strip-month");
        }
        canvas.setCursor(Cursor.HAND);
        canvas.setOnMouseClicked(e -> {
            int index = YearStripPainter.cellAt(e.getX(), e.getY(), em());
            if (index >= 0 && cells[index] != null && cells[index].inYear()) {
                viewModel.select(start.plusDays(index));
            }
        });
        dark.addListener((o, was, now) -> paint());
        VBox grid = new VBox(monthRow, canvas);
        grid.getStyleClass().add("year-grid");
        getChildren().addAll(yearButtons, grid);
    }

    /** Rebuilds the year buttons (after a load). */
    void setYears(List<Integer> withData) {
        yearButtons.getChildren().clear();
        years.getToggles().clear();
        for (int y : withData) {
            ToggleButton b = new ToggleButton(Integer.toString(y));
            b.getStyleClass().add("year-button");
            b.setUserData(y);
            b.setToggleGroup(years);
            b.setOnAction(e -> {
                viewModel.jumpToYear(y);
                b.setSelected(y == year);
            });
            yearButtons.getChildren().add(b);
        }
    }

    /** Refills the cells for the selected day's year. */
    void repaint() {
        LocalDate selected = viewModel.selectedDayProperty().get();
        year = selected == null ? LocalDate.now().getYear() : selected.getYear();
        years.getToggles().forEach(t -> t.setSelected(year == (int) t.getUserData()));
        boolean newYear = year != shownYear;
        shownYear = year;
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        start = jan1.minusDays(jan1.getDayOfWeek().getValue() - 1L);
        List<YearMonth> onScreen = viewModel.visibleMonths();
        double step = YearStripPainter.step(em());
        if (newYear) {
            monthRow.getChildren().clear();
        }
        for (int i = 0; i < cells.length; i++) {
            LocalDate day = start.plusDays(i);
            boolean inYear = day.getYear() == year;
            cells[i] = new YearStripPainter.Cell(inYear, inYear ? viewModel.band(day) : null,
                    inYear && onScreen.contains(YearMonth.from(day)), day.equals(selected));
            if (newYear && inYear && day.getDayOfMonth() == 1) {
                Label label = monthLabels[day.getMonthValue() - 1];
                label.setLayoutX(i / 7 * step);
                monthRow.getChildren().add(label);
            }
        }
        paint();
    }

    private void paint() {
        double em = em();
        canvas.setWidth(YearStripPainter.width(em));
        canvas.setHeight(YearStripPainter.height(em));
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        new YearStripPainter(new CanvasPainter(canvas.getGraphicsContext2D()), em, dark.get()).paint(cells);
    }

    /** The cells are sized in em of the default font, as the stylesheet sized them. */
    private static double em() {
        return Font.getDefault().getSize();
    }
}
