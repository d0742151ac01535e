package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.ui.common.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window's menus: File ▸ Export… on each tab, the keyboard help made from them, Fetch new data when signed in.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowMenuTest extends MainWindowFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
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
}
