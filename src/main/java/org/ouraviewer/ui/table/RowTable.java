package org.ouraviewer.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.ouraviewer.text.TextColumn;

/**
 * A {@link TableView} over a {@link RowTableModel}: one column per {@link TextColumn}, sorting by the
 * columns' real values (missing values last either way), double-click or Enter to open a row, and
 * Ctrl+C (Cmd+C) to copy the selected rows as tab-separated text. FX thread only.
 */
public final class RowTable<R> {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final RowTableModel<R> model;
    private final TableView<R> table = new TableView<>();
    private final List<TextColumn<R>> specs = new ArrayList<>();

    /**
     * @param emptyMessage what the table says when it shows no rows, and why
     * @param open         what opening a row does (double-click, Enter)
     */
    public RowTable(RowTableModel<R> model, ObservableStringValue emptyMessage, Consumer<R> open) {
        this.model = model;
        table.getStyleClass().add("row-table");
        table.setItems(model.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TextColumn<R> spec : model.columns()) {
            table.getColumns().add(column(spec));
            specs.add(spec);
        }
        table.setSortPolicy(t -> {
            applySort();
            return true;
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(emptyMessage);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                R focused = table.getFocusModel().getFocusedItem();
                if (focused != null) {
                    open.accept(focused);
                    e.consume();
                }
            } else if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    public TableView<R> node() {
        return table;
    }

    /** Sorts by the column at {@code index} of the model's columns (for a default order). */
    public void sortBy(int index, boolean ascending) {
        TableColumn<R, ?> c = table.getColumns().get(index);
        c.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(c));
    }

    /**
     * Preferred column widths in multiples of the font size (so they follow the display scaling); the last
     * column takes what is left.
     */
    public void setColumnWidths(double... ems) {
        double em = javafx.scene.text.Font.getDefault().getSize();
        for (int i = 0; i < ems.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(ems[i] * em);
        }
    }

    /** Puts the selected rows, in shown order, on the clipboard as tab-separated text. */
    public void copySelection() {
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        List<R> rows = new ArrayList<>();
        for (int i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                rows.add(table.getItems().get(i));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void applySort() {
        List<TextColumn.Sort<R>> keys = new ArrayList<>();
        for (TableColumn<R, ?> c : table.getSortOrder()) {
            int index = table.getColumns().indexOf(c);
            if (index >= 0) {
                keys.add(new TextColumn.Sort<>(specs.get(index), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        model.sortBy(keys);
    }

    private TableColumn<R, R> column(TextColumn<R> spec) {
        TableColumn<R, R> c = new TableColumn<>(spec.header());
        // The cell value is the row itself: the cell shows the row's precomputed text for this column.
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : spec.textOf(item));
            }
        });
        if (spec.numeric()) {
            c.getStyleClass().add("numeric");
        }
        return c;
    }
}
