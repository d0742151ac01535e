package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.ouraviewer.work.TestThreads;

/**
 * The main window headless: drops load, the calendar shows them, a click opens the night. Background work
 * runs on the FX thread at once (a same-thread executor), so nothing here waits or polls.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path SLEEP = TestFiles.samples("api-recordings/history/daily_sleep_2018-10-10_to_2024-11-12.json");
    private static final Path READINESS =
            TestFiles.samples("api-recordings/history/daily_readiness_2018-10-10_to_2024-11-12.json");

    private Path settingsFile;
    private MainWindow window;
    private Stage stage;
    private AppModel model;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createDirectories(AppDirs.config().resolve("main-window-test"));
        settingsFile = Files.createTempFile(dir, "settings", ".json");
        Files.delete(settingsFile);
        model = new AppModel();
        window = new MainWindow(stage, model, new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD),
                ScriptedDialogs.SAME_THREAD, TestThreads.SHARED, dialogs, java.util.Optional::empty);
        window.show();
    }

    private void drop(FxRobot robot, Path... paths) {
        long before = model.loaded().files().size();
        robot.interact(() -> assertTrue(window.dropHandler().dropped(List.of(paths).stream().map(Path::toFile)
                .toList())));
        assertEquals(before + paths.length, model.loaded().files().size());
        assertFalse(window.loading().runningProperty().get());
    }

    private static DayCellViewProbe cellOf(FxRobot robot, LocalDate day) {
        return new DayCellViewProbe(robot, day);
    }

    @Test
    void startsWithTheWelcomePane(FxRobot robot) {
        assertTrue(robot.lookup(".welcome-pane").query().isVisible());
        assertFalse(robot.lookup(".main-tabs").query().isVisible());
        assertNotNull(robot.lookup("Open files…").tryQuery().orElse(null));
        assertTrue(robot.lookup(".drop-hint").queryAs(Label.class).getText().contains("Oura export ZIP, JSON or CSV files, or a folder"));
    }

    @Test
    void draggingFilesOverTheWindowShowsWhereToDrop(FxRobot robot) {
        javafx.scene.Node overlay = robot.lookup(".drop-overlay").query();
        javafx.scene.Node root = robot.lookup(".main-window").query();
        assertEquals(0, overlay.getOpacity());
        robot.interact(() -> {
            root.pseudoClassStateChanged(DropHandler.DROP_TARGET, true);
            root.applyCss();
        });
        assertEquals(1, overlay.getOpacity(), "the drop overlay shows while files are over the window");
        robot.interact(() -> {
            root.pseudoClassStateChanged(DropHandler.DROP_TARGET, false);
            root.applyCss();
        });
        assertEquals(0, overlay.getOpacity());
    }

    @Test
    void droppedFilesAddUpAndAppearInTheCalendar(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        assertFalse(robot.lookup(".welcome-pane").query().isVisible());
        LocalDate last = model.data().days().last();
        int score = model.data().dailySleep(last).orElseThrow().score();
        assertEquals(Integer.toString(score), cellOf(robot, last).value());
        assertTrue(model.data().dailyReadinessByDay().isEmpty());

        drop(robot, READINESS);
        assertFalse(model.data().dailySleepByDay().isEmpty(), "the second drop adds to the first");
        assertFalse(model.data().dailyReadinessByDay().isEmpty());
        assertTrue(robot.lookup(".load-status").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .contains("2 files"));
        assertTrue(contains(settingsFile, "daily_readiness"), "the settings are saved after a load");
    }

    /** What a second launch hands over (InstanceEndpoint) adds up like a drop, and the window comes back. */
    @Test
    void filesHandedOverBySecondLaunchOpenLikeADropAndBringTheWindowBack(FxRobot robot) {
        drop(robot, SLEEP);
        robot.interact(() -> stage.setIconified(true));
        robot.interact(() -> window.openHandedOver(List.of()));
        assertFalse(stage.isIconified(), "a launch without files only brings the window back");
        assertEquals(1, model.loaded().files().size());

        robot.interact(() -> stage.setIconified(true));
        robot.interact(() -> window.openHandedOver(List.of(READINESS)));
        assertFalse(stage.isIconified());
        assertEquals(2, model.loaded().files().size(), "added to what was open, as a drop adds");
        assertFalse(model.data().dailyReadinessByDay().isEmpty());
    }

    @Test
    void clickingADayOpensItsNight(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        LocalDate day = model.data().days().last().minusDays(2);
        robot.clickOn(cellOf(robot, day).node());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(day, model.dayProperty().get());
        assertEquals("Night", robot.lookup(".main-tabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getText());
    }

    /** The welcome pane's sample button unpacks the bundled data in the background and loads all of it. */
    @Test
    void trySampleDataLoadsTheBundledSample(FxRobot robot) throws Exception {
        robot.clickOn("Try the sample data");
        assertEquals(org.ouraviewer.io.SampleData.names().size(), model.loaded().files().size());
        assertEquals(0, model.loaded().failedCount(), () -> model.loaded().files().toString());
        assertTrue(model.data().sleepDays().size() > 100);
        assertFalse(robot.lookup(".welcome-pane").query().isVisible());
    }

    /** Left and Right on the Night tab go to the previous and next night, never to the neighbouring tab. */
    @Test
    void arrowKeysOnTheNightTabChangeTheNightNotTheTab(FxRobot robot) throws Exception {
        drop(robot, TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"));
        LocalDate last = model.data().sleepDays().last();
        robot.interact(() -> model.openDay(last));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".night-chart");
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(model.data().sleepDays().lower(last), model.dayProperty().get());
        robot.interact(() -> model.tabProperty().set(Page.CALENDAR));
        robot.interact(() -> model.tabProperty().set(Page.NIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".night-chart").query().isFocused(), "the tab shown focuses its chart");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NIGHT, model.tabProperty().get());
        assertEquals(last, model.dayProperty().get());
    }

    @Test
    void keysMoveTheSelectionAndEnterOpensIt(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        LocalDate last = model.data().days().last();
        robot.interact(() -> {
            model.dayProperty().set(last);
            robot.lookup(".months-pane").query().requestFocus();
        });
        robot.type(KeyCode.LEFT).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last.minusDays(8), model.dayProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(model.data().days().first(), model.dayProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals(Page.NIGHT, model.tabProperty().get());
    }

    @Test
    void anUnreadableFileEndsUpInTheLoadReport(FxRobot robot) throws Exception {
        Path broken = Files.createTempFile(settingsFile.getParent(), "broken", ".json");
        Files.writeString(broken, "{\"data\": [ {\"day\": ");
        drop(robot, broken, SLEEP);
        assertEquals(1, model.loaded().failedCount());
        assertFalse(model.data().dailySleepByDay().isEmpty(), "the readable file still loads");
        robot.interact(() -> window.commands().showReport());
        List<FileReport> rows = window.commands().report().table().getItems();
        FileReport row = rows.stream().filter(r -> r.path().contains(broken.getFileName().toString())).findFirst()
                .orElseThrow();
        assertNotNull(row.error());
        assertEquals(row, rows.get(0), "failed files come first");
        assertEquals("warn", dialogs.last().kind(), "a notice says some files could not be read");
        assertEquals(2, rows.size());
        robot.interact(() -> window.commands().report().stage().close());
    }

    @Test
    void reopensWhatWasOpenLastTime(FxRobot robot) throws Exception {
        drop(robot, SLEEP);
        robot.interact(() -> {
            SettingsStore store = new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD);
            store.saveNow(window.settings());
            Settings reread = store.load();
            assertEquals(List.of(SLEEP.toAbsolutePath().normalize()), reread.session());
            assertEquals(SLEEP.toAbsolutePath().normalize(), reread.recent().get(0));
        });
        AppModel second = new AppModel();
        robot.interact(() -> new MainWindow(new Stage(), second, new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD), ScriptedDialogs.SAME_THREAD,
                TestThreads.SHARED, address -> { }, java.util.Optional::empty).openAtStart(List.of()));
        assertEquals(model.data().days(), second.data().days());
    }

    /**
     * Dark is the window's own: its setting styles it and the windows it owns, not another main window (the
     * appearance was once one static property that every window and test shared).
     */
    @Test
    void theDarkSettingStylesItsWindowAndTheWindowsItOwnsOnly(FxRobot robot) throws Exception {
        Stage[] stages = new Stage[2];
        robot.interact(() -> {
            Stage owned = new Stage();
            owned.initOwner(stage);
            owned.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
            owned.show();
            stages[0] = owned;
            Stage other = new Stage();
            new MainWindow(other, new AppModel(), new SettingsStore(settingsFile.resolveSibling("other.json"),
                    ScriptedDialogs.SAME_THREAD), ScriptedDialogs.SAME_THREAD, TestThreads.SHARED,
                    new ScriptedDialogs(), java.util.Optional::empty).show();
            stages[1] = other;
            window.settings().appearanceProperty().set(AppearanceChoice.DARK);
        });
        try {
            assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark"));
            assertTrue(stages[0].getScene().getRoot().getStyleClass().contains("dark"), "a window it owns");
            assertTrue(stages[0].getScene().getStylesheets().stream().anyMatch(u -> u.endsWith("theme.css")));
            assertFalse(stages[1].getScene().getRoot().getStyleClass().contains("dark"), "another main window");
            robot.interact(() -> window.settings().appearanceProperty().set(AppearanceChoice.LIGHT));
            assertFalse(stages[0].getScene().getRoot().getStyleClass().contains("dark"));
        } finally {
            robot.interact(() -> List.of(stages).forEach(Stage::close));
        }
    }

    /** File ▸ Export… exports the tab showing: the table's rows on Workouts, the night on Night, nothing on Calendar. */
    @Test
    void fileExportWorksOnWhicheverTabIsShowing(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(settingsFile.getParent(), "export");
        drop(robot, TestFiles.samples("api-recordings/workout__multiple.json"),
                TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"));
        javafx.scene.control.MenuItem export = exportItem(robot);

        robot.interact(() -> model.tabProperty().set(Page.WORKOUTS));
        assertEquals("Export workouts…", export.getText());
        dialogs.answerFile(dir.resolve("w"));
        robot.interact(() -> window.commands().export());
        assertEquals("Saved 83 rows to w.csv.", dialogs.last().text());
        assertTrue(Files.readString(dir.resolve("w.csv")).startsWith("day,"));

        robot.interact(() -> model.openDay(LocalDate.of(2024, 10, 14)));
        assertEquals("Export night…", export.getText());
        dialogs.answerChoice("SVG drawing").answerFile(dir.resolve("n.svg"));
        robot.interact(() -> window.commands().export());
        assertEquals("Saved the night of 2024-10-14 to n.svg.", dialogs.last().text());
        assertTrue(Files.readString(dir.resolve("n.svg")).contains("<svg"));

        robot.interact(() -> model.tabProperty().set(Page.CALENDAR));
        assertTrue(export.isDisable(), "the calendar has nothing to export");
    }

    /** Every icon on every tab comes from the Icons enum, so the theme colours it (it was black on dark). */
    @Test
    void everyIconOnEveryTabTakesTheThemesColour(FxRobot robot) {
        drop(robot, TestFiles.samples("api-recordings/workout__multiple.json"),
                TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"));
        for (MainTab tab : MainTab.values()) {
            robot.interact(() -> model.tabProperty().set(tab.page()));
            List<javafx.scene.Node> icons = List.copyOf(robot.lookup(".ikonli-font-icon").queryAll());
            assertFalse(icons.isEmpty(), tab + " shows icons");
            icons.forEach(n -> assertTrue(n.getStyleClass().contains("icon"), tab + ": " + n));
        }
    }

    /** The keyboard help is made from the menus and the tabs' registrations. */
    @Test
    void theKeyboardHelpListsTheMenusShortcutsAndEachTabsKeys(FxRobot robot) {
        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<org.ouraviewer.ui.common.KeyHelp> help = HelpDialogs.shortcuts(menus);
        for (MainTab tab : MainTab.values()) {
            assertTrue(help.contains(new org.ouraviewer.ui.common.KeyHelp(tab.shortcut().getDisplayText(), tab.title())),
                    tab + " has its shortcut in the help");
            tab.keys().forEach(k -> assertTrue(help.stream().anyMatch(h -> h.keys().equals(tab.title() + ": " + k.keys())),
                    tab + ": " + k));
        }
        assertTrue(help.stream().anyMatch(h -> h.action().equals("Open files")), help.toString());
        assertTrue(help.stream().anyMatch(h -> h.action().equals("Keyboard shortcuts")), help.toString());
        assertTrue(help.contains(new org.ouraviewer.ui.common.KeyHelp(
                javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+F").getDisplayText(), "Get data from Oura")),
                help.toString());
        assertTrue(help.contains(new org.ouraviewer.ui.common.KeyHelp("F5", "Fetch new data")), help.toString());
    }

    /** File ▸ Fetch new data (F5) works when a sign-in is stored, however it came (the dialog, another window, login). */
    @Test
    void fetchNewDataIsEnabledOnlyWhileSignedIn(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem fetchNew = menus.getMenus().get(0).getItems().stream()
                .filter(i -> "Fetch new data".equals(i.getText())).findFirst().orElseThrow();
        CredentialStore store = CredentialStore.standard();
        store.forget();
        robot.interact(() -> window.commands().lookForSignIn());
        assertTrue(fetchNew.isDisable());
        try {
            store.save(new OuraCredential("id", "secret", "access", "refresh", null, null,
                    URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1"), null, Instant.EPOCH));
            robot.interact(() -> window.commands().lookForSignIn());
            assertFalse(fetchNew.isDisable());
        } finally {
            store.forget();
        }
        robot.interact(() -> window.commands().lookForSignIn());
        assertTrue(fetchNew.isDisable());
    }

    private static javafx.scene.control.MenuItem exportItem(FxRobot robot) {
        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return menus.getMenus().get(0).getItems().stream().filter(i -> i.getText() != null
                && i.getText().startsWith("Export")).findFirst().orElseThrow();
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Finds the calendar cell of a day through the scene, as a user would see it. */
    private static final class DayCellViewProbe {
        private final javafx.scene.Node node;

        DayCellViewProbe(FxRobot robot, LocalDate day) {
            node = robot.lookup(".day-cell").match(n -> n.isVisible() && dayOf(n) != null && dayOf(n).equals(day))
                    .query();
        }

        private static LocalDate dayOf(javafx.scene.Node n) {
            return (LocalDate) n.getProperties().get("ouraviewer.day");
        }

        String value() {
            return ((javafx.scene.text.Text) node.lookup(".day-value")).getText();
        }

        javafx.scene.Node node() {
            return node;
        }
    }
}
