package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.io.AppDirs;

/** Settings survive a restart, a broken file gives the defaults, and tests write only under the test config dir. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsRecentSessionWindowAndAppearance() {
        Settings s = new Settings();
        s.opened(List.of(dir.resolve("a.json"), dir.resolve("folder")));
        s.opened(List.of(dir.resolve("b.zip")));
        s.setWindowBounds(new Rectangle2D(10, 20, 900, 600));
        s.setWindowMaximized(true);
        s.darkProperty().set(true);
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.saveNow(s);

        Settings read = store.load();
        assertEquals(List.of(dir.resolve("b.zip"), dir.resolve("a.json"), dir.resolve("folder")), read.recent());
        assertEquals(List.of(dir.resolve("a.json"), dir.resolve("folder"), dir.resolve("b.zip")), read.session());
        assertEquals(new Rectangle2D(10, 20, 900, 600), read.windowBounds());
        assertTrue(read.windowMaximized());
        assertTrue(read.darkProperty().get());
    }

    @Test
    void recentListIsShortAndWithoutDuplicates() {
        Settings s = new Settings();
        IntStream.range(0, 15).forEach(i -> s.opened(List.of(dir.resolve("f" + i))));
        s.opened(List.of(dir.resolve("f3")));
        assertEquals(Settings.MAX_RECENT, s.recent().size());
        assertEquals(dir.resolve("f3"), s.recent().get(0));
        assertEquals(1, s.recent().stream().filter(p -> p.equals(dir.resolve("f3"))).count());
        s.clearSession();
        assertTrue(s.session().isEmpty());
    }

    @Test
    void aBrokenOrMissingFileGivesTheDefaults() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings missing = new SettingsStore(file).load();
        assertTrue(missing.recent().isEmpty());
        assertNull(missing.windowBounds());
        Files.writeString(file, "{\"recent\": [\"/x\"], \"windowWidth\": ");
        Settings broken = new SettingsStore(file).load();
        assertTrue(broken.recent().isEmpty());
        assertFalse(broken.darkProperty().get());
        Files.writeString(file, "{\"recent\": [\"/x\"], \"fromANewerVersion\": 1}");
        assertEquals(List.of(Path.of("/x")), new SettingsStore(file).load().recent());
    }

    @Test
    void theStandardStoreIsUnderTheConfigFolderTestsSet() {
        assertEquals(AppDirs.config().resolve("settings.json"), SettingsStore.standard().file());
        assertTrue(AppDirs.config().toString().contains("test-config"), "the pom points tests away from the home folder");
    }
}
