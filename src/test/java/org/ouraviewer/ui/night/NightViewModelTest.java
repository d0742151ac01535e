package org.ouraviewer.ui.night;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;

/** The Night tab's state without a scene: which day and period, zoom and pan limits. */
class NightViewModelTest {
    private static final LoadResult DATA = DataLoader.load(List.of(
            TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json")));

    private static AppModel app(LocalDate day) {
        AppModel app = new AppModel();
        app.setLoaded(DATA);
        app.dayProperty().set(day);
        return app;
    }

    @Test
    void withoutADayItShowsTheLastNight() {
        NightViewModel vm = new NightViewModel(app(null));
        assertEquals(LocalDate.of(2024, 11, 2), vm.dayProperty().get());
        assertFalse(vm.navigation().hasNextProperty().get());
        assertTrue(vm.navigation().hasPreviousProperty().get());
    }

    @Test
    void nothingLoadedIsAnEmptyState() {
        NightViewModel vm = new NightViewModel(new AppModel());
        assertNull(vm.dayProperty().get());
        assertNull(vm.seriesProperty().get());
        assertNull(vm.picture(org.ouraviewer.chart.NightPalette.LIGHT));
    }

    @Test
    void theMainSleepIsSelectedAndTheWholeDayCanBe() {
        NightViewModel vm = new NightViewModel(app(LocalDate.of(2024, 10, 14)));
        assertEquals(6, vm.periodsProperty().get().size());
        assertEquals(2, vm.selectionProperty().get());
        assertEquals(SleepType.LONG_SLEEP, vm.seriesProperty().get().periods().get(0).type());
        vm.select(NightViewModel.WHOLE_DAY);
        assertEquals(6, vm.seriesProperty().get().periods().size());
        TimeZoom.Window w = vm.zoom().windowProperty().get();
        assertEquals(vm.seriesProperty().get().start(), w.start());
        assertEquals(vm.seriesProperty().get().end(), w.end());
    }

    @Test
    void followsTheAppsDayAndNavigatesOverDaysWithoutSleep() {
        AppModel app = app(LocalDate.of(2024, 10, 25));
        NightViewModel vm = new NightViewModel(app);
        vm.navigation().nextDay();
        assertEquals(LocalDate.of(2024, 10, 28), app.dayProperty().get());
        assertEquals(LocalDate.of(2024, 10, 28), vm.dayProperty().get());
        app.dayProperty().set(LocalDate.of(2024, 10, 26));
        assertTrue(vm.periodsProperty().get().isEmpty());
        assertEquals(LocalDate.of(2024, 10, 25), vm.nearestNightProperty().get());
        app.dayProperty().set(LocalDate.of(2024, 10, 27));
        assertEquals(LocalDate.of(2024, 10, 28), vm.nearestNightProperty().get());
    }

    @Test
    void zoomAndPanStayWithinTheNight() {
        NightViewModel vm = new NightViewModel(app(LocalDate.of(2024, 10, 10)));
        double start = vm.seriesProperty().get().start();
        double end = vm.seriesProperty().get().end();
        vm.zoom().zoomTo(start + 7200, start + 3600);
        assertEquals(new TimeZoom.Window(start + 3600, start + 7200), vm.zoom().windowProperty().get());
        assertTrue(vm.zoom().isZoomed());
        vm.zoom().pan(-10 * 3600);
        assertEquals(new TimeZoom.Window(start, start + 3600), vm.zoom().windowProperty().get());
        vm.zoom().pan(100 * 3600);
        assertEquals(new TimeZoom.Window(end - 3600, end), vm.zoom().windowProperty().get());
        vm.zoom().zoomTo(start + 100, start + 110);
        assertEquals(600, vm.zoom().windowProperty().get().span(), 1e-9, "at least ten minutes");
        vm.zoom().zoomAround(start + 300, 1000);
        assertEquals(new TimeZoom.Window(start, end), vm.zoom().windowProperty().get());
        assertFalse(vm.zoom().isZoomed());
        vm.zoom().zoomAround(start + 3600, 0.5);
        assertEquals(start + 3600 - (3600 * 0.5), vm.zoom().windowProperty().get().start(), 1e-6);
        vm.zoom().resetZoom();
        assertFalse(vm.zoom().isZoomed());
    }

    /** The Day button and D: the Day tab on the day shown; with no day, nothing changes. */
    @Test
    void theDayButtonOpensTheSameDayInTheDayTab() {
        LocalDate day = LocalDate.of(2024, 10, 14);
        AppModel app = app(day);
        new NightViewModel(app).openActivityDay();
        assertEquals(Page.DAY, app.tabProperty().get());
        assertEquals(day, app.dayProperty().get());
        AppModel empty = new AppModel();
        Page before = empty.tabProperty().get();
        new NightViewModel(empty).openActivityDay();
        assertEquals(before, empty.tabProperty().get());
    }
}
