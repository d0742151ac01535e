package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.io.AppDirs;

/** The dialog's state without a scene. */
class FetchViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path dir;

    @Test
    void startsWithEverythingUpToTodayIntoTheDataFolder() {
        FetchViewModel vm = new FetchViewModel(new RememberedTokens(dir), f -> { }, TODAY);
        assertEquals(FetchSource.OURA, vm.sourceProperty().get());
        assertEquals(DateRange.EARLIEST, vm.startProperty().get());
        assertEquals(TODAY, vm.endProperty().get());
        assertEquals(AppDirs.data().resolve("fetched").toString(), vm.folderProperty().get());
        assertEquals("", vm.tokenProperty().get());
        assertFalse(vm.rememberProperty().get());
    }

    @Test
    void fetchesOnlyWithATokenAFolderAndDaysInOrder() {
        FetchViewModel vm = new FetchViewModel(new RememberedTokens(dir), f -> { }, TODAY);
        assertFalse(vm.canFetchProperty().get());
        vm.tokenProperty().set("   ");
        assertFalse(vm.canFetchProperty().get());
        vm.tokenProperty().set("abc");
        assertTrue(vm.canFetchProperty().get());
        vm.startProperty().set(TODAY.plusDays(1));
        assertFalse(vm.canFetchProperty().get());
        vm.startProperty().set(TODAY);
        vm.folderProperty().set("");
        assertFalse(vm.canFetchProperty().get());
    }

    @Test
    void recallsTheRememberedTokenOfEachSource() throws IOException {
        RememberedTokens tokens = new RememberedTokens(dir);
        tokens.remember(FetchSource.OPEN_HUMANS, "oh-remembered");
        FetchViewModel vm = new FetchViewModel(tokens, f -> { }, TODAY);
        assertEquals("", vm.tokenProperty().get());
        vm.sourceProperty().set(FetchSource.OPEN_HUMANS);
        assertEquals("oh-remembered", vm.tokenProperty().get());
        assertTrue(vm.rememberProperty().get());
        vm.sourceProperty().set(FetchSource.OURA);
        assertEquals("", vm.tokenProperty().get());
        assertFalse(vm.rememberProperty().get());
        assertFalse(FetchViewModel.daysApply(FetchSource.OPEN_HUMANS));
    }
}
