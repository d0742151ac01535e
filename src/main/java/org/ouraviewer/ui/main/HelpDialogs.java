package org.ouraviewer.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.KeyHelp;

/**
 * Help ▸ Keyboard shortcuts and Help ▸ About. The shortcuts are read from the menus and the tabs'
 * registrations ({@link MainTab#keys()}), so the list says what the keys really do.
 */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /** The menus' shortcuts in menu order, then each tab's own keys under the tab's name. */
    static List<KeyHelp> shortcuts(MenuBar menus) {
        List<KeyHelp> rows = new ArrayList<>();
        if (menus != null) {
            menus.getMenus().forEach(m -> addAccelerators(m, rows));
        }
        for (MainTab tab : MainTab.values()) {
            for (KeyHelp key : tab.keys()) {
                rows.add(new KeyHelp(tab.title() + ": " + key.keys(), key.action()));
            }
        }
        return rows;
    }

    private static void addAccelerators(Menu menu, List<KeyHelp> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addAccelerators(sub, rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                rows.add(new KeyHelp(item.getAccelerator().getDisplayText(), item.getText().replace("…", "")));
            }
        }
    }

    static void showShortcuts(DialogService dialogs, MenuBar menus) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        List<KeyHelp> rows = shortcuts(menus);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).keys());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(rows.get(i).action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Cmd instead of Ctrl on a Mac)");
        alert.getDialogPane().setContent(grid);
        dialogs.showAndWait(alert);
    }

    static void showAbout(DialogService dialogs) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.setTitle("About Oura Viewer");
        alert.setHeaderText("Oura Viewer");
        Label text = new Label("A desktop viewer for the data of an Oura ring: calendar, nights, tags and "
                + "workouts.\nYour data stays on this computer; only the fetches you ask for go out.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version")
                + "\nSettings: " + AppDirs.config() + "\nData: " + AppDirs.data() + "\nLog: " + AppDirs.logs());
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        dialogs.showAndWait(alert);
    }
}
