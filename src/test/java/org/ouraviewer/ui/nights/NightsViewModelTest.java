package org.ouraviewer.ui.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsCsv;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.FxThread;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;

/**
 * The Nights tab's state without a scene, on the bundled sample (sleep from 2024-01-15 to 2024-05-05): what the
 * range, the tag and "compare with my usual night" make. Background work runs on the FX thread at once
 * ({@link ScriptedDialogs#SAME_THREAD}).
 */
class NightsViewModelTest {
    private static final LoadResult DATA = DataLoader.load(List.of(sample()));
    private static final LocalDate LAST = LocalDate.of(2024, 5, 5);
    /** The tab's first range: the 90 days up to the last night. */
    private static final DayRange LAST_90 = new DayRange(LAST.minusDays(89), LAST);
    private final AppModel app = new AppModel();
    private NightsViewModel vm;

    @TempDir
    Path dir;

    private static Path sample() {
        try {
            return Path.of(NightsViewModelTest.class.getResource("/org/ouraviewer/sample/index.txt").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void fxThread() throws TimeoutException {
        FxThread.start();
    }

    /** The sample loaded and the last 90 days shown, as the tab's range control asks on a first show. */
    private NightsViewModel loaded() {
        FxThread.run(() -> {
            app.setLoaded(DATA);
            vm = new NightsViewModel(app, ScriptedDialogs.SAME_THREAD);
            vm.rangeProperty().set(LAST_90);
        });
        return vm;
    }

    private NightsViewModel.Content content() {
        return vm.contentProperty().get();
    }

    @Test
    void nothingIsDrawnUntilThereIsARange() {
        FxThread.run(() -> vm = new NightsViewModel(app, ScriptedDialogs.SAME_THREAD));
        assertNull(vm.boundsProperty().get(), "nothing loaded: no nights");
        assertNull(content());
        FxThread.run(() -> app.setLoaded(DATA));
        assertEquals(new DayRange(LocalDate.of(2024, 1, 15), LAST), vm.boundsProperty().get());
        assertTrue(vm.tagNamesProperty().get().contains("Alcohol"), vm.tagNamesProperty().get().toString());
        assertNull(content(), "no range yet: the view gives it");
    }

    @Test
    void theRangeMakesTheActogramAndTheMedianOfAllItsNights() {
        loaded();
        assertEquals(NightsViewModel.Mode.ACTOGRAM, vm.modeProperty().get());
        assertEquals(LAST_90, content().range());
        assertEquals(90, content().rows().rows());
        assertEquals(LAST, content().rows().day(89));
        assertEquals(NightSets.ALL_NIGHTS, content().sets().primary().name());
        assertNull(content().sets().reference());
        assertNull(content().single());
    }

    @Test
    void aTagChoosesTheNightsAfterItAgainstAllTheOthers() {
        loaded();
        FxThread.run(() -> vm.tagProperty().set("Alcohol"));
        NightSets sets = content().sets();
        assertEquals("After Alcohol", sets.primary().name());
        assertEquals(NightSets.OTHER_NIGHTS, sets.reference().name());
        assertEquals(88, sets.primary().median().nights() + sets.reference().median().nights(),
                "the two sets share out the range's 88 main sleeps");
        FxThread.run(() -> vm.compareProperty().set(false));
        assertNull(content().sets().reference(), "not compared: the tag's nights alone");
        FxThread.run(() -> app.setLoaded(LoadResult.EMPTY));
        assertNull(vm.tagProperty().get(), "a tag the new data has not is let go");
    }

    @Test
    void aLaterRequestWinsOverAnEarlierOne() {
        loaded();
        DayRange shorter = new DayRange(LAST.minusDays(9), LAST);
        FxThread.run(() -> {
            vm.rangeProperty().set(new DayRange(LAST.minusDays(29), LAST));
            vm.rangeProperty().set(shorter);
        });
        assertEquals(shorter, content().range());
    }

    @Test
    void compareWithMyUsualNightLaysTheNightOverTheMedianAndAsksForARangeThatHoldsIt() {
        loaded();
        FxThread.run(() -> vm.tagProperty().set("Alcohol"));
        LocalDate day = LocalDate.of(2024, 1, 20);
        FxThread.run(() -> app.compareWithUsualNight(day));
        assertEquals(Page.NIGHTS, app.tabProperty().get());
        assertEquals(NightsViewModel.Mode.MEDIAN, vm.modeProperty().get());
        assertNull(vm.tagProperty().get(), "the usual night is all the nights");
        DayRange wanted = vm.wantedRangeProperty().get();
        assertTrue(wanted.contains(day) && wanted.days() == 90, wanted.toString());
        FxThread.run(() -> vm.rangeProperty().set(wanted)); // what the view does with it
        assertEquals(day, content().single().day());
        FxThread.run(() -> vm.singleDayProperty().set(null));
        assertNull(content().single());
    }

    @Test
    void openShowsTheDayInTheNightTab() {
        loaded();
        FxThread.run(() -> vm.open(LocalDate.of(2024, 4, 22)));
        assertEquals(Page.NIGHT, app.tabProperty().get());
        assertEquals(LocalDate.of(2024, 4, 22), app.dayProperty().get());
    }

    @Test
    void exportsTheActogramAsPictureAndCsvAndTheMedianNightToo() throws Exception {
        loaded();
        Exportable.Export actogram = NightsExport.of(content(), NightsViewModel.Mode.ACTOGRAM, 1200, 800,
                NightsPalette.of(false)).orElseThrow();
        Path png = dir.resolve("nights.png");
        actogram.writer().write(actogram.formats().get(0), png);
        assertTrue(Files.size(png) > 1000);
        Path csv = dir.resolve("nights.csv");
        actogram.writer().write(actogram.formats().stream().filter(f -> f.label().equals("CSV of the series"))
                .findFirst().orElseThrow(), csv);
        assertEquals(NightsCsv.ACTOGRAM_HEADER, Files.readAllLines(csv).get(0));
        assertTrue(NightsExport.of(content(), NightsViewModel.Mode.MEDIAN, 1200, 800, NightsPalette.of(false))
                .isPresent());
        assertTrue(NightsExport.of(null, NightsViewModel.Mode.MEDIAN, 1200, 800, NightsPalette.of(false)).isEmpty(),
                "nothing loaded, nothing to export");
    }
}
