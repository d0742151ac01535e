package org.ouraviewer.ui.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.chart.day.DayCsv;
import org.ouraviewer.chart.day.DayPalette;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.chart.TimeZoom;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportFormat;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Page;

/** The Day tab's state without a scene, on the hand-made day of {@code /day}: the day, its window, navigation. */
class DayViewModelTest {
    private static final LocalDate MAR5 = LocalDate.of(2024, 3, 5);
    private static final LoadResult DATA = load();

    private static LoadResult load() {
        try {
            return DataLoader.load(List.of(Path.of(DayViewModelTest.class.getResource("/day").toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AppModel app(LocalDate day) {
        AppModel app = new AppModel();
        app.setLoaded(DATA);
        app.dayProperty().set(day);
        return app;
    }

    @Test
    void theDayIsBuiltWhenShownOverItsWindow() {
        DayViewModel vm = new DayViewModel(app(MAR5));
        assertEquals(MAR5, vm.dayProperty().get());
        TimeZoom.Window w = vm.zoom().windowProperty().get();
        assertEquals(1709607600L, w.start()); // 04:00 +01:00
        assertEquals(86400, w.span());
        assertEquals("Activity", vm.numbersProperty().get().get(0).title());
        assertEquals(MAR5, vm.seriesProperty().get().day().day());
    }

    @Test
    void nothingLoadedOrADayWithoutDataIsAnEmptyState() {
        DayViewModel none = new DayViewModel(new AppModel());
        assertNull(none.dayProperty().get());
        assertNull(none.seriesProperty().get());
        assertTrue(none.export(800, 600, DayPalette.LIGHT).isEmpty());
        DayViewModel empty = new DayViewModel(app(LocalDate.of(2020, 1, 1)));
        assertEquals(LocalDate.of(2020, 1, 1), empty.dayProperty().get());
        assertNull(empty.seriesProperty().get());
        assertNull(empty.zoom().windowProperty().get());
        assertEquals(List.of(), empty.numbersProperty().get());
    }

    @Test
    void followsTheAppsDayAndNavigatesOverDaysWithData() {
        AppModel app = app(MAR5);
        DayViewModel vm = new DayViewModel(app);
        vm.zoom().zoomAroundCentre(0.5);
        vm.navigation().nextDay();
        LocalDate next = DATA.data().days().higher(MAR5);
        assertEquals(next, app.dayProperty().get());
        assertEquals(next, vm.dayProperty().get());
        assertFalse(vm.zoom().isZoomed(), "a new day shows its whole window");
        vm.navigation().previousDay();
        assertEquals(MAR5, vm.dayProperty().get());
        vm.openNight();
        assertEquals(Page.NIGHT, app.tabProperty().get());
        assertEquals(MAR5, app.dayProperty().get());
    }

    @Test
    void theExportIsWhatIsShownAndItsCsvTheWindowARowAMinute(@TempDir Path dir) throws Exception {
        DayViewModel vm = new DayViewModel(app(MAR5));
        vm.zoom().zoomTo(1709607600L + 3600, 1709607600L + 7200);
        assertEquals(1709607600L + 3600, vm.picture(DayPalette.DARK).viewStart());
        Exportable.Export export = vm.export(1000, 600, DayPalette.LIGHT).orElseThrow();
        assertEquals("day-2024-03-05.csv", export.fileName().apply(new ExportFormat("CSV", "csv")));
        ExportFormat csv = export.formats().stream().filter(f -> f.extension().equals("csv")).findFirst()
                .orElseThrow();
        Path target = dir.resolve("day.csv");
        export.writer().write(csv, target);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals(DayCsv.HEADER, lines.get(0));
        assertEquals(1441, lines.size());
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        DayCsv.write(vm.seriesProperty().get(), direct);
        assertEquals(direct.toString(StandardCharsets.UTF_8), Files.readString(target));
    }
}
