package org.ouraviewer.ui.main;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ouraviewer.io.FileFormats;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.LoadResult;

/**
 * The load report: every file read, with its format, its kinds, how many records it gave and skipped, and
 * why it could not be read in full. Files with problems come first. One window, refreshed when it is opened again.
 */
final class LoadReportDialog {
    private final Stage stage = new Stage();
    private final TableView<FileReport> table = new TableView<>();
    private final Label summary = new Label();
    private final CheckBox onlyProblems = new CheckBox("Only files with problems");
    private FilteredList<FileReport> rows = new FilteredList<>(FXCollections.observableArrayList());

    LoadReportDialog(DialogService dialogs) {
        dialogs.own(stage);
        stage.setTitle("Load report – Oura Viewer");
        table.getStyleClass().add("load-report");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No files loaded yet."));
        table.getColumns().add(column("File", 22, OverrunStyle.LEADING_ELLIPSIS, r -> r.path()));
        table.getColumns().add(column("Format", 13, OverrunStyle.ELLIPSIS, r -> FileFormats.label(r.format())));
        table.getColumns().add(column("Kind", 14, OverrunStyle.ELLIPSIS, LoadReportDialog::kinds));
        table.getColumns().add(number("Records", FileReport::records));
        table.getColumns().add(number("Skipped", FileReport::skipped));
        table.getColumns().add(column("Problem", 40, OverrunStyle.ELLIPSIS, LoadReportDialog::problem));
        onlyProblems.selectedProperty().addListener((obs, o, n) -> filter());
        summary.getStyleClass().add("report-summary");
        HBox top = new HBox(summary, onlyProblems);
        top.getStyleClass().add("report-bar");
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.getStyleClass().add("report-root");
        stage.setScene(new Scene(root));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
    }

    /** One kind by its name; several as "mixed: daily_sleep 39, heartrate 845". */
    private static String kinds(FileReport r) {
        if (r.ignored()) {
            return "not used";
        }
        if (r.kinds().size() <= 1) {
            return r.kind() == null ? "unknown" : r.kind();
        }
        StringBuilder sb = new StringBuilder("mixed: ");
        r.kinds().forEach((k, n) -> sb.append(sb.length() > 7 ? ", " : "").append(k).append(' ').append(n));
        return sb.toString();
    }

    /** Why the file could not be read (or was cut short), else why records or values were left out. */
    private static String problem(FileReport r) {
        if (r.error() != null) {
            return r.records() > 0 ? "cut short after " + r.records() + (r.records() == 1 ? " record: " : " records: ")
                    + r.error() : r.error();
        }
        return r.warning() == null ? "" : (r.skipped() > 0 ? "skipped " : "") + r.warning();
    }

    private static boolean hasProblem(FileReport r) {
        return r.failed() || r.warning() != null;
    }

    private static TableColumn<FileReport, Integer> number(String title,
                                                           java.util.function.ToIntFunction<FileReport> value) {
        TableColumn<FileReport, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        c.getStyleClass().add("number-column");
        return c;
    }

    private static TableColumn<FileReport, String> column(String title, double widthEm, OverrunStyle overrun,
                                                          java.util.function.Function<FileReport, String> value) {
        TableColumn<FileReport, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(column -> new TextCell(overrun));
        c.setPrefWidth(widthEm * Font.getDefault().getSize());
        return c;
    }

    /**
     * Long paths lose their beginning, not the file name; a problem loses its end, not the position it
     * starts with. The whole text is in the tooltip.
     */
    private static final class TextCell extends TableCell<FileReport, String> {
        private final Tooltip tip = new Tooltip();

        TextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(empty ? null : item);
            tip.setText(item);
            setTooltip(blank ? null : tip);
        }
    }

    /** Shows the report of {@code result}, bringing the window to the front. */
    void show(LoadResult result) {
        update(result);
        if (stage.getWidth() < 100) {
            // the columns' widths, within the screen: at 200 % a 2560-pixel screen is 1280 wide
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double em = Font.getDefault().getSize();
            stage.setWidth(Math.min(screen.getWidth() * 0.95, em * 110));
            stage.setHeight(Math.min(screen.getHeight() * 0.9, em * 38));
        }
        stage.show();
        stage.toFront();
    }

    /** Refreshes the rows if the window is open (after another load). */
    void refreshIfShowing(LoadResult result) {
        if (stage.isShowing()) {
            update(result);
        }
    }

    private void update(LoadResult result) {
        long failed = result.failedCount();
        int skipped = result.files().stream().mapToInt(FileReport::skipped).sum();
        summary.setText(result.files().size() + " files read" + (failed == 0 ? "" : ", " + failed
                + " could not be read (in full)") + (skipped == 0 ? "" : skipped == 1 ? ", 1 bad record skipped"
                : ", " + skipped + " bad records skipped")
                + (failed == 0 && skipped == 0 ? ", all fine." : "."));
        rows = new FilteredList<>(FXCollections.observableArrayList(result.files().stream()
                .sorted(Comparator.comparing((FileReport r) -> !r.failed()).thenComparing(r -> !hasProblem(r))
                        .thenComparing(FileReport::path))
                .toList()));
        SortedList<FileReport> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        filter();
    }

    private void filter() {
        rows.setPredicate(onlyProblems.isSelected() ? LoadReportDialog::hasProblem : r -> true);
    }

    TableView<FileReport> table() {
        return table;
    }

    Stage stage() {
        return stage;
    }
}
