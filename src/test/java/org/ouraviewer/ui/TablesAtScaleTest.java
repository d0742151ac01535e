package org.ouraviewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.text.TextColumn;
import org.ouraviewer.ui.tags.TagRow;
import org.ouraviewer.ui.tags.TagsViewModel;
import org.ouraviewer.ui.workouts.WorkoutRow;
import org.ouraviewer.ui.workouts.WorkoutsViewModel;

/**
 * 10,000 workouts and 5,000 tags through the view-models: the results are checked; the times are only
 * printed (for the record, never asserted, so the test does not depend on the machine's load).
 */
class TablesAtScaleTest {
    private static final OuraData DATA = SyntheticTables.data(10_000, 5_000);

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void tenThousandWorkouts() {
        WorkoutsViewModel vm = new WorkoutsViewModel();
        long t0 = System.nanoTime();
        vm.setData(DATA);
        long cold = ms(t0);
        t0 = System.nanoTime();
        vm.setData(DATA);
        long build = ms(t0);
        assertTrue(DATA.workouts().size() > 9_900, "a few random duplicates merge");
        assertEquals(DATA.workouts().size(), vm.table().visibleRows().size());

        t0 = System.nanoTime();
        vm.selectedActivities().add("Running");
        long filter = ms(t0);
        assertTrue(vm.table().visibleRows().stream().allMatch(r -> r.activity().equals("Running")));
        assertEquals(vm.table().visibleRows().size(), vm.totalsProperty().get().count());

        TextColumn<WorkoutRow> calories = vm.table().columns().get(6);
        vm.selectedActivities().clear();
        t0 = System.nanoTime();
        vm.table().sortBy(List.of(new TextColumn.Sort<>(calories, false)));
        long sort = ms(t0);
        List<WorkoutRow> rows = vm.table().visibleRows();
        assertTrue(rows.get(0).calories() >= rows.get(1).calories());
        assertEquals(null, rows.get(rows.size() - 1).calories());

        t0 = System.nanoTime();
        String csv = vm.table().csv();
        long export = ms(t0);
        assertEquals(DATA.workouts().size() + 1, csv.split("\r\n").length);
        System.out.printf("10,000 workouts: rows %d ms (cold JVM %d ms), filter %d ms, sort %d ms, csv %d ms (%d kB)%n",
                build, cold, filter, sort, export, csv.length() / 1024);
    }

    @Test
    void fiveThousandTags() {
        TagsViewModel vm = new TagsViewModel();
        long t0 = System.nanoTime();
        vm.setData(DATA);
        long cold = ms(t0);
        t0 = System.nanoTime();
        vm.setData(DATA);
        long build = ms(t0);
        assertEquals(5_000, vm.table().visibleRows().size());
        t0 = System.nanoTime();
        for (String typed : new String[] {"s", "so", "sor", "sore"}) {
            vm.searchProperty().set(typed);
        }
        long search = ms(t0);
        assertTrue(vm.table().visibleRows().stream().allMatch(r -> r.searchText().contains("sore")));
        vm.searchProperty().set("");
        t0 = System.nanoTime();
        vm.selectedTags().add("Ice bath");
        long filter = ms(t0);
        assertTrue(vm.table().visibleRows().stream().allMatch((TagRow r) -> r.labels().contains("Ice bath")));
        System.out.printf("5,000 tags: rows %d ms (cold JVM %d ms), 4 keystrokes of search %d ms, tag filter %d ms%n",
                build, cold, search, filter);
    }
}
