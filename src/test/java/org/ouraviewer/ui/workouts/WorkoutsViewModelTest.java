package org.ouraviewer.ui.workouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.TextColumn;

class WorkoutsViewModelTest {
    private static final Path WORKOUTS = TestFiles.samples("api-recordings/workout__multiple.json");

    private final WorkoutsViewModel vm = new WorkoutsViewModel();
    private JsonNode json;

    @BeforeEach
    void load() throws IOException {
        json = new ObjectMapper().readTree(WORKOUTS.toFile()).path("data");
        vm.setData(DataLoader.load(List.of(WORKOUTS)).data());
    }

    private List<WorkoutRow> shown() {
        return new ArrayList<>(vm.table().visibleRows());
    }

    /** The expected totals, summed straight from the JSON for the documents that pass {@code filter}. */
    private WorkoutTotals expected(Predicate<JsonNode> filter) {
        int count = 0;
        long seconds = 0;
        double calories = 0;
        double metres = 0;
        int withCalories = 0;
        int withDistance = 0;
        for (JsonNode w : json) {
            if (!filter.test(w)) {
                continue;
            }
            count++;
            seconds += Duration.between(OffsetDateTime.parse(w.path("start_datetime").asText()),
                    OffsetDateTime.parse(w.path("end_datetime").asText())).getSeconds();
            if (w.path("calories").isNumber()) {
                calories += w.path("calories").asDouble();
                withCalories++;
            }
            if (w.path("distance").isNumber()) {
                metres += w.path("distance").asDouble();
                withDistance++;
            }
        }
        return new WorkoutTotals(count, Duration.ofSeconds(seconds), calories, withCalories, metres / 1000,
                withDistance);
    }

    private static void assertTotals(WorkoutTotals expected, WorkoutTotals actual) {
        assertEquals(expected.count(), actual.count());
        assertEquals(expected.time(), actual.time());
        assertEquals(expected.calories(), actual.calories(), 1e-6);
        assertEquals(expected.withCalories(), actual.withCalories());
        assertEquals(expected.distanceKm(), actual.distanceKm(), 1e-9);
        assertEquals(expected.withDistance(), actual.withDistance());
    }

    @Test
    void everyWorkoutIsARowAndTheTotalsAddUp() {
        assertEquals(json.size(), vm.table().allRows().size());
        assertEquals(json.size() + " workouts", vm.countText().get());
        assertTotals(expected(w -> true), vm.totalsProperty().get());
        assertTrue(vm.totalsProperty().get().text().startsWith(json.size() + " workouts · "));
        assertTrue(vm.totalsProperty().get().text().contains(" with distance)"), "distance is null in some rows");
    }

    @Test
    void rowsReadAsWordsInTheRecordedClock() {
        WorkoutRow first = vm.table().allRows().get(0);
        JsonNode doc = json.get(0);
        assertEquals(OffsetDateTime.parse(doc.path("start_datetime").asText()), first.start());
        assertEquals(doc.path("start_datetime").asText().substring(11, 16), first.startText());
        assertEquals(doc.path("end_datetime").asText().substring(11, 16), first.endText());
        assertEquals("Walking", first.activity());
        assertEquals("Easy", first.intensity());
        assertEquals("Confirmed", first.source());
        assertEquals("", first.distanceText(), "distance null stays blank");
        assertEquals("0:11", first.durationText());
        assertEquals("22", first.caloriesText());
        WorkoutRow second = vm.table().allRows().get(1);
        assertEquals("0.27", second.distanceText());
    }

    @Test
    void choicesAreThoseInTheData() {
        assertEquals(List.of("Running", "Walking"),
                vm.activityChoices().stream().map(WorkoutsViewModel.Choice::label).toList());
        assertEquals(List.of("Easy", "Moderate"),
                vm.intensityChoices().stream().map(WorkoutsViewModel.Choice::label).toList());
        int walking = 0;
        for (JsonNode w : json) {
            walking += w.path("activity").asText().equals("walking") ? 1 : 0;
        }
        assertEquals(walking, vm.activityChoices().get(1).count());
    }

    @Test
    void filtersNarrowTheRowsAndTheTotalsFollow() {
        vm.selectedIntensities().add("Moderate");
        assertTotals(expected(w -> w.path("intensity").asText().equals("moderate")), vm.totalsProperty().get());
        assertTrue(shown().stream().allMatch(r -> r.intensity().equals("Moderate")));

        vm.selectedActivities().add("Running");
        assertTotals(expected(w -> w.path("intensity").asText().equals("moderate")
                && w.path("activity").asText().equals("running")), vm.totalsProperty().get());

        vm.clearFilters();
        LocalDate from = LocalDate.of(2024, 10, 20);
        LocalDate to = LocalDate.of(2024, 10, 31);
        vm.fromProperty().set(from);
        vm.toProperty().set(to);
        Predicate<JsonNode> inRange = w -> {
            LocalDate d = LocalDate.parse(w.path("day").asText());
            return !d.isBefore(from) && !d.isAfter(to);
        };
        assertTotals(expected(inRange), vm.totalsProperty().get());
        assertTrue(shown().size() > 0 && shown().size() < json.size());
        assertEquals(shown().size() + " of " + json.size() + " workouts", vm.countText().get());

        vm.fromProperty().set(LocalDate.of(2030, 1, 1));
        assertEquals(0, shown().size());
        assertEquals("No workouts match the filters", vm.emptyMessage().get());
        assertEquals("", vm.totalsProperty().get().text());
    }

    @Test
    void sortsByRealValuesWithMissingLast() {
        List<TextColumn<WorkoutRow>> columns = vm.table().columns();
        TextColumn<WorkoutRow> calories = columns.get(6);
        vm.table().sortBy(List.of(new TextColumn.Sort<>(calories, false)));
        List<WorkoutRow> rows = shown();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).calories() <= rows.get(i - 1).calories(), "calories sort as numbers");
        }
        for (boolean ascending : new boolean[] {true, false}) {
            vm.table().sortBy(List.of(new TextColumn.Sort<>(columns.get(7), ascending)));
            rows = shown();
            int firstMissing = rows.indexOf(rows.stream().filter(r -> r.distanceKm() == null).findFirst().orElseThrow());
            assertTrue(rows.subList(firstMissing, rows.size()).stream().allMatch(r -> r.distanceKm() == null),
                    "rows without distance come last, ascending=" + ascending);
            assertTrue(rows.subList(0, firstMissing).stream().allMatch(r -> r.distanceKm() != null));
        }
        vm.table().sortBy(List.of(new TextColumn.Sort<>(columns.get(3), true)));
        rows = shown();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).duration().compareTo(rows.get(i - 1).duration()) >= 0, "durations sort by length");
        }
        vm.table().sortBy(List.of(new TextColumn.Sort<>(columns.get(1), true)));
        rows = shown();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!rows.get(i).startInstant().isBefore(rows.get(i - 1).startInstant()), "starts sort as instants");
        }
        vm.table().sortBy(List.of(new TextColumn.Sort<>(columns.get(5), false)));
        assertEquals("Moderate", shown().get(0).intensity());
    }

    @Test
    void csvHasTheVisibleRowsInShownOrder() {
        vm.selectedActivities().add("Running");
        String[] lines = vm.table().csv().split("\r\n");
        assertEquals("day,start,end,duration_min,activity,intensity,calories_kcal,distance_km,source,label", lines[0]);
        assertEquals(2, lines.length);
        JsonNode run = null;
        for (JsonNode w : json) {
            run = w.path("activity").asText().equals("running") ? w : run;
        }
        String[] cells = lines[1].split(",", -1);
        assertEquals(run.path("day").asText(), cells[0]);
        assertEquals(run.path("start_datetime").asText(), cells[1]);
        assertEquals(run.path("end_datetime").asText(), cells[2]);
        assertEquals("Running", cells[4]);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", run.path("calories").asDouble()), cells[6]);
        assertEquals(10, cells.length);
    }

    @Test
    void missingValuesAndLabelsWithCommas() {
        RecordBatch batch = new RecordBatch.Builder()
                .add(new Workout("x", LocalDate.of(2024, 1, 2), "strengthTraining", "hard", null, 5234.5,
                        OffsetDateTime.parse("2024-01-02T23:30:00-05:00"), OffsetDateTime.parse("2024-01-03T00:40:00-05:00"),
                        "manual", "Gym, legs"))
                .build();
        vm.setData(OuraData.merge(List.of(batch)));
        WorkoutRow row = vm.table().allRows().get(0);
        assertEquals("Strength training", row.activity());
        assertEquals("00:40 (+1)", row.endText());
        assertEquals("1:10", row.durationText());
        assertEquals("", row.caloriesText());
        assertEquals("5.23", row.distanceText());
        assertNull(row.calories());
        assertEquals("2024-01-02,2024-01-02T23:30:00-05:00,2024-01-03T00:40:00-05:00,70,Strength training,Hard,,5.235,"
                + "Manual,\"Gym, legs\"", vm.table().csv().split("\r\n")[1]);
        assertEquals("1 workout · 1:10 h · 0 kcal (0 with calories) · 5.23 km", vm.totalsProperty().get().text());
    }

    @Test
    void emptyDataSaysSo() {
        vm.setData(OuraData.EMPTY);
        assertEquals("No workouts in the loaded data", vm.emptyMessage().get());
        assertEquals(WorkoutTotals.NONE, vm.totalsProperty().get());
    }
}
