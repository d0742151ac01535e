package org.ouraviewer.ui.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.Tag;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;
import org.ouraviewer.text.TextColumn;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.table.CsvExport;
import org.ouraviewer.ui.table.RowTableModel;

/**
 * The tags table without its nodes: the rows of both tag kinds, the text search, the tag filter, the count
 * shown and the empty-state message. FX thread only.
 */
public final class TagsViewModel {
    /** A tag that occurs in the data, and on how many rows: an entry of the tag filter. */
    public record TagChoice(String label, int count) {
        @Override
        public String toString() {
            return label + " (" + count + ")";
        }
    }

    private final RowTableModel<TagRow> table = new RowTableModel<>(columns(), csvColumns(),
            Comparator.comparingInt(TagRow::ordinal));
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableSet<String> selectedTags = FXCollections.observableSet();
    private final ObservableList<TagChoice> choices = FXCollections.observableArrayList();
    private final StringBinding countText;
    private final StringBinding emptyMessage;

    public TagsViewModel() {
        search.addListener((o, a, b) -> refilter());
        selectedTags.addListener((SetChangeListener<String>) c -> refilter());
        countText = Bindings.createStringBinding(() -> count(table.shownCount().get(), table.totalCount().get()),
                table.shownCount(), table.totalCount());
        emptyMessage = Bindings.createStringBinding(() -> table.totalCount().get() == 0
                        ? "No tags in the loaded data" : "No tags match the search or the tag filter",
                table.totalCount());
    }

    /** Rebuilds the rows from what is loaded; the search and filter are cleared. (The view builds off the FX thread.) */
    public void setData(OuraData data) {
        setRows(rows(data));
    }

    /** Shows these rows (from {@link #rows}); the search and filter are cleared and the choices rebuilt. */
    public void setRows(List<TagRow> rows) {
        table.setRows(rows);
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (TagRow row : table.allRows()) {
            for (String label : row.filterLabels()) {
                counts.merge(label, 1, Integer::sum);
            }
        }
        List<TagChoice> list = new ArrayList<>();
        counts.forEach((label, n) -> {
            if (!label.equals(TagRow.TEXT_ONLY)) {
                list.add(new TagChoice(label, n));
            }
        });
        if (counts.containsKey(TagRow.TEXT_ONLY)) {
            list.add(new TagChoice(TagRow.TEXT_ONLY, counts.get(TagRow.TEXT_ONLY)));
        }
        selectedTags.clear();
        search.set("");
        choices.setAll(list);
    }

    /** Both tag kinds in one list, by time (rows without a time last), numbered in that order. Any thread. */
    public static List<TagRow> rows(OuraData data) {
        record Source(java.time.Instant instant, java.time.LocalDate day, Object doc) {
        }
        List<Source> sources = new ArrayList<>();
        for (Tag t : data.tags()) {
            sources.add(new Source(t.time() == null ? null : t.time().toInstant(), t.day(), t));
        }
        for (EnhancedTag t : data.enhancedTags()) {
            sources.add(new Source(t.start() == null ? null : t.start().toInstant(), t.startDay(), t));
        }
        sources.sort(Comparator.comparing(Source::instant, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::day, Comparator.nullsLast(Comparator.naturalOrder())));
        List<TagRow> rows = new ArrayList<>(sources.size());
        for (Source s : sources) {
            rows.add(s.doc() instanceof Tag t ? TagRow.of(rows.size(), t) : TagRow.of(rows.size(), (EnhancedTag) s.doc()));
        }
        return rows;
    }

    /** File ▸ Export… on this tab: the rows shown, in their order, as CSV; empty when no row is shown. */
    public Optional<Exportable.Export> export() {
        return CsvExport.of(table(), "tags", "oura-tags.csv");
    }

    public RowTableModel<TagRow> table() {
        return table;
    }

    /** The text searched for in tags, codes, text and days: every word must occur. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The tags checked in the filter; none checked shows all. */
    public ObservableSet<String> selectedTags() {
        return selectedTags;
    }

    /** The tags present in the data, alphabetically, "Text only" last. */
    public ObservableList<TagChoice> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    /** "21 tags", or "3 of 21 tags" when filtered. */
    public StringBinding countText() {
        return countText;
    }

    /** What the empty table says, and why it is empty. */
    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    private void refilter() {
        String[] words = search.get() == null ? new String[0]
                : search.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        Set<String> wanted = Set.copyOf(selectedTags);
        Predicate<TagRow> p = row -> {
            for (String w : words) {
                if (!w.isEmpty() && !row.searchText().contains(w)) {
                    return false;
                }
            }
            if (wanted.isEmpty()) {
                return true;
            }
            for (String label : row.filterLabels()) {
                if (wanted.contains(label)) {
                    return true;
                }
            }
            return false;
        };
        table.setFilter(p);
    }

    private static String count(int shown, int total) {
        String noun = total == 1 ? " tag" : " tags";
        return shown == total ? CellText.count(total) + noun
                : CellText.count(shown) + " of " + CellText.count(total) + noun;
    }

    static List<TextColumn<TagRow>> columns() {
        return List.of(
                TextColumn.of("Day", TagRow::dayText, TagRow::day),
                TextColumn.of("Time", TagRow::timeText, TagRow::instant),
                TextColumn.ofText("Tags", TagRow::labelsText),
                TextColumn.ofNumber("Duration", TagRow::durationText, TagRow::duration),
                TextColumn.ofText("Text", TagRow::text));
    }

    static List<TextColumn<TagRow>> csvColumns() {
        return List.of(
                TextColumn.of("day", r -> r.day() == null ? "" : r.day().toString(), TagRow::day),
                TextColumn.of("time", r -> Durations.recorded(r.start()), TagRow::instant),
                TextColumn.of("end", r -> Durations.recorded(r.end()), r -> r.end() == null ? null : r.end().toInstant()),
                TextColumn.ofNumber("duration_min", r -> CellText.minutes(r.duration()), TagRow::duration),
                TextColumn.ofText("tags", TagRow::labelsText),
                TextColumn.ofText("codes", r -> String.join(" ", r.codes())),
                TextColumn.ofText("text", TagRow::text),
                TextColumn.ofText("kind", r -> r.kind().route()));
    }
}
