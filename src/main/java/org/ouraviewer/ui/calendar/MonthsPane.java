package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.Region;

/**
 * As many month grids as fit, in rows: it tells the view-model how many months fit whenever its size
 * changes, and lays the grids out left to right, top to bottom. Grids are kept and reused.
 */
final class MonthsPane extends Region {
    private static final int MAX_MONTHS = 24;
    private static final double MAX_GROWTH = 1.5;

    private final CalendarViewModel viewModel;
    private final Consumer<LocalDate> onClick;
    private final List<MonthGrid> grids = new ArrayList<>();
    private int columns = 1;

    MonthsPane(CalendarViewModel viewModel, Consumer<LocalDate> onClick) {
        this.viewModel = viewModel;
        this.onClick = onClick;
        getStyleClass().add("months-pane");
        grids.add(newGrid());
        getChildren().add(grids.get(0));
        widthProperty().addListener((obs, o, n) -> fit());
        heightProperty().addListener((obs, o, n) -> fit());
    }

    private MonthGrid newGrid() {
        return new MonthGrid(viewModel, onClick);
    }

    /** Works out how many grids fit (measured from a styled grid, so it follows the font size). */
    private void fit() {
        MonthGrid probe = grids.get(0);
        double w = Math.max(1, probe.prefWidth(-1));
        double h = Math.max(1, probe.prefHeight(-1));
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        columns = Math.max(1, (int) (width / w));
        int rows = Math.max(1, (int) (height / h));
        int count = Math.min(MAX_MONTHS, columns * rows);
        if (count != viewModel.monthCount()) {
            viewModel.setMonthCount(count);
            repaint();
        }
    }

    /** Refills the grids for the months on screen. */
    void repaint() {
        List<YearMonth> months = viewModel.visibleMonths();
        while (grids.size() < months.size()) {
            grids.add(newGrid());
        }
        if (getChildren().size() != months.size()) {
            // Only when the count changes: re-adding a grid would restyle every node in it.
            getChildren().setAll(grids.subList(0, months.size()));
        }
        for (int i = 0; i < months.size(); i++) {
            grids.get(i).show(months.get(i), viewModel);
        }
    }

    @Override
    protected void layoutChildren() {
        int n = getChildren().size();
        if (n == 0) {
            return;
        }
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double freeWidth = getWidth() - x0 - snappedRightInset();
        double freeHeight = getHeight() - y0 - snappedBottomInset();
        int cols = Math.min(columns, n);
        int rows = (n + cols - 1) / cols;
        // Grids grow into the room there is, up to half again their natural size, so the cells stay square-ish.
        double w = Math.min(freeWidth / cols, grids.get(0).prefWidth(-1) * MAX_GROWTH);
        double h = Math.min(freeHeight / rows, grids.get(0).prefHeight(-1) * MAX_GROWTH);
        double left = x0 + Math.max(0, (freeWidth - cols * w) / 2);
        for (int i = 0; i < n; i++) {
            getChildren().get(i).resizeRelocate(snapPositionX(left + (i % cols) * w), snapPositionY(y0 + (i / cols) * h),
                    snapSizeX(w), snapSizeY(h));
        }
    }

    /** The cell showing {@code day}, if its month is on screen. */
    DayCellView cellOf(LocalDate day) {
        for (MonthGrid g : grids.subList(0, getChildren().size())) {
            DayCellView c = g.cellOf(day);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
