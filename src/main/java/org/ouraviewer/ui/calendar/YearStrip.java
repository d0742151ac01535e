package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The year at a glance: one small cell per day of the selected day's year (columns are weeks, rows
 * Monday to Sunday), the months on screen outlined, and a button per year with data to jump there.
 */
final class YearStrip extends VBox {
    private static final PseudoClass ON_SCREEN = PseudoClass.getPseudoClass("on-screen");
    private static final int WEEKS = 54;

    private final CalendarViewModel viewModel;
    private final HBox yearButtons = new HBox();
    private final ToggleGroup years = new ToggleGroup();
    private final Region[] cells = new Region[WEEKS * 7];
    private final LocalDate[] cellDays = new LocalDate[WEEKS * 7];
    private final Label[] monthLabels = new Label[12];
    private final GridPane grid = new GridPane();
    private DayBand[] shownBands = new DayBand[WEEKS * 7];
    private int year;
    private int shownYear = Integer.MIN_VALUE;

    YearStrip(CalendarViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("year-strip");
        yearButtons.getStyleClass().add("year-buttons");
        grid.getStyleClass().add("year-grid");
        for (int m = 0; m < 12; m++) {
            monthLabels[m] = new Label(java.time.Month.of(m + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            monthLabels[m].getStyleClass().add("strip-month");
        }
        for (int i = 0; i < cells.length; i++) {
            Region cell = new Region();
            cell.getStyleClass().add("strip-cell");
            int index = i;
            cell.setOnMouseClicked(e -> {
                if (cellDays[index] != null) {
                    viewModel.select(cellDays[index]);
                }
            });
            cells[i] = cell;
            grid.add(cell, i / 7, 1 + i % 7);
        }
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
        LocalDate start = jan1.minusDays(jan1.getDayOfWeek().getValue() - 1L);
        List<YearMonth> onScreen = viewModel.visibleMonths();
        if (newYear) {
            grid.getChildren().removeAll(monthLabels);
        }
        for (int i = 0; i < cells.length; i++) {
            LocalDate day = start.plusDays(i);
            boolean inYear = day.getYear() == year;
            cellDays[i] = inYear ? day : null;
            if (cells[i].isVisible() != inYear) {
                cells[i].setVisible(inYear);
            }
            DayBand band = inYear ? viewModel.cell(day).band() : null;
            if (band != shownBands[i]) {
                if (shownBands[i] != null) {
                    cells[i].pseudoClassStateChanged(PseudoClass.getPseudoClass(shownBands[i].pseudoClass()), false);
                }
                if (band != null) {
                    cells[i].pseudoClassStateChanged(PseudoClass.getPseudoClass(band.pseudoClass()), true);
                }
                shownBands[i] = band;
            }
            cells[i].pseudoClassStateChanged(DayCellView.NO_VALUE, band == null);
            cells[i].pseudoClassStateChanged(DayCellView.SELECTED, day.equals(selected));
            cells[i].pseudoClassStateChanged(ON_SCREEN, inYear && onScreen.contains(YearMonth.from(day)));
            if (newYear && inYear && day.getDayOfMonth() == 1) {
                grid.add(monthLabels[day.getMonthValue() - 1], i / 7, 0, 4, 1);
            }
        }
    }
}
