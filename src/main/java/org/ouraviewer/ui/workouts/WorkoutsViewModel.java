package org.ouraviewer.ui.workouts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;
import org.ouraviewer.text.TextColumn;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.table.CsvExport;
import org.ouraviewer.ui.table.RowTableModel;

/**
 * The workouts table without its nodes: rows, the activity, intensity and date-range filters, the totals
 * of the rows shown and the empty-state message. FX thread only.
 */
public final class WorkoutsViewModel {
    /** A value present in the data, and on how many rows: an entry of a filter. */
    public record Choice(String label, int count) {
        @Override
        public String toString() {
            return label + " (" + count + ")";
        }
    }

    private final RowTableModel<WorkoutRow> table = new RowTableModel<>(columns(), csvColumns(),
            Comparator.comparingInt(WorkoutRow::ordinal));
    private final ObservableSet<String> activities = FXCollections.observableSet();
    private final ObservableSet<String> intensities = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Choice> activityChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> intensityChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkoutTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals",
            WorkoutTotals.NONE);
    private final StringBinding countText;
    private final StringBinding emptyMessage;

    public WorkoutsViewModel() {
        activities.addListener((SetChangeListener<String>) c -> refilter());
        intensities.addListener((SetChangeListener<String>) c -> refilter());
        from.addListener((o, a, b) -> refilter());
        to.addListener((o, a, b) -> refilter());
        table.filteredRows().addListener((ListChangeListener<WorkoutRow>) c ->
                totals.set(WorkoutTotals.of(table.filteredRows())));
        countText = Bindings.createStringBinding(() -> {
            int shown = table.shownCount().get();
            int total = table.totalCount().get();
            String noun = total == 1 ? " workout" : " workouts";
            return shown == total ? CellText.count(total) + noun
                    : CellText.count(shown) + " of " + CellText.count(total) + noun;
        }, table.shownCount(), table.totalCount());
        emptyMessage = Bindings.createStringBinding(() -> table.totalCount().get() == 0
                ? "No workouts in the loaded data" : "No workouts match the filters", table.totalCount());
    }

    /** Rebuilds the rows from what is loaded; the filters are cleared. (The view builds off the FX thread.) */
    public void setData(OuraData data) {
        setRows(rows(data));
    }

    /** The rows of every workout, by start instant, numbered in that order. Any thread. */
    public static List<WorkoutRow> rows(OuraData data) {
        List<Workout> workouts = new ArrayList<>(data.workouts());
        workouts.sort(Comparator.comparing((Workout w) -> w.start() == null ? null : w.start().toInstant(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        List<WorkoutRow> rows = new ArrayList<>(workouts.size());
        for (Workout w : workouts) {
            rows.add(WorkoutRow.of(rows.size(), w));
        }
        return rows;
    }

    /** Shows these rows (from {@link #rows}); the filters are cleared and their choices rebuilt. */
    public void setRows(List<WorkoutRow> rows) {
        clearFilters();
        table.setRows(rows);
        totals.set(WorkoutTotals.of(table.filteredRows()));
        Map<String, Integer> byActivity = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> byIntensity = new LinkedHashMap<>();
        Map<String, Integer> intensityRank = new LinkedHashMap<>();
        for (WorkoutRow r : rows) {
            byActivity.merge(r.activity(), 1, Integer::sum);
            byIntensity.merge(r.intensity(), 1, Integer::sum);
            intensityRank.putIfAbsent(r.intensity(), r.intensityRank() == 0 ? Integer.MAX_VALUE : r.intensityRank());
        }
        activityChoices.setAll(choices(byActivity, Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)));
        intensityChoices.setAll(choices(byIntensity, Comparator.comparingInt(c -> intensityRank.get(c.label()))));
    }

    private static List<Choice> choices(Map<String, Integer> counts, Comparator<Choice> order) {
        return counts.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).sorted(order).toList();
    }

    public void clearFilters() {
        activities.clear();
        intensities.clear();
        from.set(null);
        to.set(null);
    }

    /** File ▸ Export… on this tab: the rows shown, in their order, as CSV; empty when no row is shown. */
    public Optional<Exportable.Export> export() {
        return CsvExport.of(table(), "workouts", "oura-workouts.csv");
    }

    public RowTableModel<WorkoutRow> table() {
        return table;
    }

    /** The activities checked (in words); none checked shows all. */
    public ObservableSet<String> selectedActivities() {
        return activities;
    }

    /** The intensities checked (in words); none checked shows all. */
    public ObservableSet<String> selectedIntensities() {
        return intensities;
    }

    /** The first day shown, inclusive; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day shown, inclusive; null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice> activityChoices() {
        return FXCollections.unmodifiableObservableList(activityChoices);
    }

    /** Easy, moderate, hard (those present), in that order. */
    public ObservableList<Choice> intensityChoices() {
        return FXCollections.unmodifiableObservableList(intensityChoices);
    }

    /** The totals of the rows that pass the filters. */
    public ReadOnlyObjectProperty<WorkoutTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public StringBinding countText() {
        return countText;
    }

    public StringBinding emptyMessage() {
        return emptyMessage;
    }

    private void refilter() {
        Set<String> acts = Set.copyOf(activities);
        Set<String> ints = Set.copyOf(intensities);
        LocalDate first = from.get();
        LocalDate last = to.get();
        table.setFilter(r -> (acts.isEmpty() || acts.contains(r.activity()))
                && (ints.isEmpty() || ints.contains(r.intensity()))
                && (first == null || (r.day() != null && !r.day().isBefore(first)))
                && (last == null || (r.day() != null && !r.day().isAfter(last))));
    }

    static List<TextColumn<WorkoutRow>> columns() {
        return List.of(
                TextColumn.of("Day", WorkoutRow::dayText, WorkoutRow::day),
                TextColumn.of("Start", WorkoutRow::startText, WorkoutRow::startInstant),
                TextColumn.of("End", WorkoutRow::endText, WorkoutRow::endInstant),
                TextColumn.ofNumber("Duration", WorkoutRow::durationText, WorkoutRow::duration),
                TextColumn.ofText("Activity", WorkoutRow::activity),
                TextColumn.of("Intensity", WorkoutRow::intensity, WorkoutRow::intensityOrder),
                TextColumn.ofNumber("Calories (kcal)", WorkoutRow::caloriesText, WorkoutRow::calories),
                TextColumn.ofNumber("Distance (km)", WorkoutRow::distanceText, WorkoutRow::distanceKm),
                TextColumn.ofText("Source", WorkoutRow::source),
                TextColumn.ofText("Label", WorkoutRow::label));
    }

    static List<TextColumn<WorkoutRow>> csvColumns() {
        return List.of(
                TextColumn.of("day", r -> r.day() == null ? "" : r.day().toString(), WorkoutRow::day),
                TextColumn.of("start", r -> Durations.recorded(r.start()), WorkoutRow::startInstant),
                TextColumn.of("end", r -> Durations.recorded(r.end()), WorkoutRow::endInstant),
                TextColumn.ofNumber("duration_min", r -> CellText.minutes(r.duration()), WorkoutRow::duration),
                TextColumn.ofText("activity", WorkoutRow::activity),
                TextColumn.of("intensity", WorkoutRow::intensity, WorkoutRow::intensityOrder),
                TextColumn.ofNumber("calories_kcal", r -> CellText.plainNumber(r.calories(), 1), WorkoutRow::calories),
                TextColumn.ofNumber("distance_km", r -> CellText.plainNumber(r.distanceKm(), 3), WorkoutRow::distanceKm),
                TextColumn.ofText("source", WorkoutRow::source),
                TextColumn.ofText("label", WorkoutRow::label));
    }
}
