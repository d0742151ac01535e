package org.ouraviewer.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ouraviewer.io.AppDirs;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {
    private static final String[][] SHORTCUTS = {
        {"Ctrl+O", "Open files"},
        {"Ctrl+Shift+O", "Open folder"},
        {"Ctrl+Shift+F", "Get data from Oura"},
        {"F5", "Fetch new data (signed in to Oura)"},
        {"Ctrl+E", "Export the night"},
        {"Ctrl+R", "Load report"},
        {"Ctrl+W", "Close all data"},
        {"Ctrl+Q", "Quit"},
        {"Ctrl+1 … Ctrl+4", "Calendar, Night, Tags, Workouts"},
        {"Ctrl+Shift+D", "Light or dark appearance"},
        {"F1", "This list"},
        {"Calendar: arrows", "Previous or next day, week"},
        {"Calendar: Page Up, Page Down", "Previous or next month"},
        {"Calendar: Home, End", "First or last day with data"},
        {"Calendar: Enter or click", "Open the day's night"},
    };

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Cmd instead of Ctrl on a Mac)");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Oura Viewer");
        alert.setHeaderText("Oura Viewer");
        Label text = new Label("A desktop viewer for the data of an Oura ring: calendar, nights, tags and "
                + "workouts.\nYour data stays on this computer; only the fetches you ask for go out.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version")
                + "\nSettings: " + AppDirs.config() + "\nData: " + AppDirs.data());
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
