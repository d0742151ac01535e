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
import org.ouraviewer.ui.common.ScriptedDialogs;

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
        s.appearanceProperty().set(AppearanceChoice.DARK);
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"), ScriptedDialogs.SAME_THREAD);
        store.saveNow(s);

        Settings read = store.load();
        assertEquals(List.of(dir.resolve("b.zip"), dir.resolve("a.json"), dir.resolve("folder")), read.recent());
        assertEquals(List.of(dir.resolve("a.json"), dir.resolve("folder"), dir.resolve("b.zip")), read.session());
        assertEquals(new Rectangle2D(10, 20, 900, 600), read.windowBounds());
        assertTrue(read.windowMaximized());
        assertEquals(AppearanceChoice.DARK, read.appearanceProperty().get());
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
        Settings missing = new SettingsStore(file, ScriptedDialogs.SAME_THREAD).load();
        assertTrue(missing.recent().isEmpty());
        assertNull(missing.windowBounds());
        Files.writeString(file, "{\"recent\": [\"/x\"], \"windowWidth\": ");
        Settings broken = new SettingsStore(file, ScriptedDialogs.SAME_THREAD).load();
        assertTrue(broken.recent().isEmpty());
        assertEquals(AppearanceChoice.SYSTEM, broken.appearanceProperty().get());
        Files.writeString(file, "{\"recent\": [\"/x\"], \"fromANewerVersion\": 1}");
        assertEquals(List.of(Path.of("/x")), new SettingsStore(file, ScriptedDialogs.SAME_THREAD).load().recent());
    }

    /**
     * A file from before View ▸ Appearance had a dark flag: dark stays dark, and light (only the default then)
     * follows the system; the flag is not written again. An unknown choice (a hand edit) is System.
     */
    @Test
    void theOldDarkFlagBecomesTheAppearanceChoice() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, ScriptedDialogs.SAME_THREAD);
        Files.writeString(file, "{\"version\": 1, \"recent\": [], \"windowMaximized\": false, \"dark\": true}");
        Settings wasDark = store.load();
        assertEquals(AppearanceChoice.DARK, wasDark.appearanceProperty().get());
        store.saveNow(wasDark);
        String written = Files.readString(file);
        assertTrue(written.contains("\"appearance\" : \"DARK\""), written);
        assertFalse(written.contains("\"dark\""), written);
        assertEquals(AppearanceChoice.DARK, store.load().appearanceProperty().get());

        Files.writeString(file, "{\"version\": 1, \"dark\": false}");
        assertEquals(AppearanceChoice.SYSTEM, store.load().appearanceProperty().get());
        Files.writeString(file, "{\"appearance\": \"LIGHT\", \"dark\": true}");
        assertEquals(AppearanceChoice.LIGHT, store.load().appearanceProperty().get(), "the choice wins over the flag");
        Files.writeString(file, "{\"appearance\": \"sepia\"}");
        assertEquals(AppearanceChoice.SYSTEM, store.load().appearanceProperty().get());
        assertEquals(AppearanceChoice.SYSTEM, new Settings().appearanceProperty().get(), "the default");
    }

    @Test
    void theStandardStoreIsUnderTheConfigFolderTestsSet() {
        assertEquals(AppDirs.config().resolve("settings.json"), SettingsStore.standard(ScriptedDialogs.SAME_THREAD).file());
        assertTrue(AppDirs.config().toString().contains("test-config"), "the pom points tests away from the home folder");
    }

    /** A burst of changes is one write of the newest, made on the executor; nothing is written before it runs. */
    @Test
    void changesAreWrittenInTheBackgroundNewestLast() throws Exception {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        Path file = dir.resolve("later.json");
        SettingsStore store = new SettingsStore(file, queued::add);
        Settings s = new Settings();
        s.opened(List.of(dir.resolve("first.json")));
        store.saveLater(s);
        s.opened(List.of(dir.resolve("second.json")));
        store.saveLater(s);
        assertEquals(1, queued.size(), "the second change joins the write already asked for");
        assertTrue(java.nio.file.Files.notExists(file));
        queued.get(0).run();
        assertEquals(dir.resolve("second.json"), store.load().recent().get(0));
    }
}
