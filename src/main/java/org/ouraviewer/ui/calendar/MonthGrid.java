package org.ouraviewer.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** A month as a grid of days, weeks starting on Monday: six rows of seven reusable cells. */
final class MonthGrid extends VBox {
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final Label title = new Label();
    private final DayCellView[] cells = new DayCellView[42];
    private YearMonth month;

    MonthGrid(CalendarViewModel viewModel, Consumer<LocalDate> onClick) {
        getStyleClass().add("month-grid");
        title.getStyleClass().add("month-title");
        GridPane days = new GridPane();
        days.getStyleClass().add("month-days");
        // Cells share out whatever room the grid is given, so big windows get big cells.
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHgrow(Priority.ALWAYS);
            days.getColumnConstraints().add(column);
        }
        days.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < 6; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            days.getRowConstraints().add(row);
        }
        VBox.setVgrow(days, Priority.ALWAYS);
        for (DayOfWeek d : DayOfWeek.values()) {
            Label name = new Label(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.getStyleClass().add("weekday-name");
            days.add(name, d.getValue() - 1, 0);
        }
        for (int i = 0; i < cells.length; i++) {
            DayCellView cell = new DayCellView(viewModel::describe);
            cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            cell.setOnMouseClicked(e -> {
                // the secondary button asks for the context menu, not the night
                if (cell.day() != null && e.getButton() == MouseButton.PRIMARY) {
                    onClick.accept(cell.day());
                }
            });
            cells[i] = cell;
            days.add(cell, i % 7, 1 + i / 7);
        }
        getChildren().addAll(title, days);
    }

    /** Refills every cell from the view-model: look-ups only, no computation. */
    void show(YearMonth shown, CalendarViewModel viewModel) {
        month = shown;
        title.setText(TITLE.format(shown));
        LocalDate first = shown.atDay(1);
        int offset = first.getDayOfWeek().getValue() - 1;
        LocalDate selected = viewModel.selectedDayProperty().get();
        for (int i = 0; i < cells.length; i++) {
            int dayOfMonth = i - offset + 1;
            if (dayOfMonth < 1 || dayOfMonth > shown.lengthOfMonth()) {
                cells[i].show(null, false);
            } else {
                LocalDate day = shown.atDay(dayOfMonth);
                cells[i].show(viewModel.cell(day), day.equals(selected));
            }
        }
    }

    YearMonth month() {
        return month;
    }

    /** The cell showing {@code day}, if this grid shows its month (for tests and focus). */
    DayCellView cellOf(LocalDate day) {
        if (month == null || !YearMonth.from(day).equals(month)) {
            return null;
        }
        return cells[month.atDay(1).getDayOfWeek().getValue() - 2 + day.getDayOfMonth()];
    }
}
