package org.ouraviewer.ui.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.ouraviewer.text.DelimitedText;
import org.ouraviewer.text.TextColumn;

/**
 * The rows of a table, filtered and sorted, and their text for the clipboard and CSV files. The rows are
 * built once per load; filtering and sorting only move references (a {@link FilteredList} under a
 * {@link SortedList}), which keeps tens of thousands of rows instant. No nodes: the feature view-models
 * use it and are tested without a scene. FX thread only.
 *
 * @param <R> one row, holding its cell texts precomputed
 */
public final class RowTableModel<R> {
    private final List<TextColumn<R>> columns;
    private final List<TextColumn<R>> csvColumns;
    private final Comparator<R> tieBreak;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> filtered = new FilteredList<>(rows);
    private final SortedList<R> sorted = new SortedList<>(filtered);
    private final IntegerBinding shownCount = Bindings.size(sorted);
    private final IntegerBinding totalCount = Bindings.size(rows);

    /**
     * @param columns    the columns shown (and copied to the clipboard)
     * @param csvColumns the columns of an exported file: the same facts in machine-friendly form
     * @param tieBreak   the order of rows that the sort keys leave equal (the rows' natural order)
     */
    public RowTableModel(List<TextColumn<R>> columns, List<TextColumn<R>> csvColumns, Comparator<R> tieBreak) {
        this.columns = List.copyOf(columns);
        this.csvColumns = List.copyOf(csvColumns);
        this.tieBreak = Objects.requireNonNull(tieBreak);
        sorted.setComparator(tieBreak);
    }

    public List<TextColumn<R>> columns() {
        return columns;
    }

    public List<TextColumn<R>> csvColumns() {
        return csvColumns;
    }

    /** Replaces all rows (a new load). */
    public void setRows(List<R> newRows) {
        rows.setAll(newRows);
    }

    /** Every row, unfiltered, in natural order. */
    public ObservableList<R> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The rows shown: filtered and sorted. The table's items. */
    public SortedList<R> visibleRows() {
        return sorted;
    }

    /** The rows that pass the filters, unsorted. */
    public FilteredList<R> filteredRows() {
        return filtered;
    }

    public void setFilter(Predicate<R> predicate) {
        filtered.setPredicate(predicate);
    }

    /** Sorts by these keys, first key first; missing values last; equal rows in natural order. */
    public void sortBy(List<TextColumn.Sort<R>> keys) {
        Comparator<R> order = TextColumn.order(List.copyOf(keys));
        sorted.setComparator(order == null ? tieBreak : order.thenComparing(tieBreak));
    }

    public IntegerBinding shownCount() {
        return shownCount;
    }

    public IntegerBinding totalCount() {
        return totalCount;
    }

    /** Tab-separated text of these rows in the shown columns, for the clipboard. */
    public String copyText(List<R> selected) {
        return DelimitedText.tsv(columns, selected);
    }

    /** The visible rows, in their shown order, as an RFC 4180 CSV document. */
    public String csv() {
        return csv(visibleSnapshot());
    }

    /** Rows as an RFC 4180 CSV document. Any thread: rows and columns are immutable. */
    public String csv(List<R> someRows) {
        return DelimitedText.csv(csvColumns, someRows);
    }

    /** A copy of the visible rows in shown order, to export from another thread. */
    public List<R> visibleSnapshot() {
        return new ArrayList<>(sorted);
    }
}
