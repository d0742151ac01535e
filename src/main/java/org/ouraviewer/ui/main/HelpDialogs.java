package org.ouraviewer.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AppVersion;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.KeyHelp;

/**
 * Help ▸ Keyboard shortcuts and Help ▸ About. The shortcuts are read from the menus and the tabs'
 * registrations ({@link MainTab#keys()}), so the list says what the keys really do. About's "Open folder"
 * buttons go through {@link DialogService#openFolder}, like every other window the app opens.
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
        alert.getDialogPane().setContent(screenHigh(grid));
        dialogs.showAndWait(alert);
    }

    /**
     * {@code content} scrolling down when it is taller than most of the screen: the shortcuts run to 60 rows,
     * more than a 1600-pixel screen holds at 200 %.
     */
    static ScrollPane screenHigh(Region content) {
        double most = Screen.getPrimary().getVisualBounds().getHeight() * 0.7;
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), most);
            }

            @Override
            protected double computePrefWidth(double height) {
                // room for the scroll bar beside the rows, which would otherwise squeeze them
                return super.computePrefWidth(height) + Font.getDefault().getSize() * 1.5;
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        return scroll;
    }

    /** A library the app carries, with its licence. */
    record Library(String name, String licence) {
    }

    /** Every library in the runtime image besides the JDK's own modules (module-info.java's requires). */
    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX " + System.getProperty("javafx.version"), "GPL v2 with the Classpath Exception"),
            new Library("Jackson (databind, core, annotations, CSV)", "Apache License 2.0"),
            new Library("ControlsFX", "BSD 3-Clause"),
            new Library("Ikonli (and the Material Design Icons pack)", "Apache License 2.0"));

    /** A folder of the app's and what it holds. */
    record Folder(String what, Path path) {
    }

    /** Where the settings, data and log live (AppDirs; the log is the one AppLog writes). */
    static List<Folder> folders() {
        return List.of(new Folder("Settings", AppDirs.config()), new Folder("Data", AppDirs.data()),
                new Folder("Log", AppDirs.logs()));
    }

    static void showAbout(DialogService dialogs) {
        dialogs.showAndWait(about(dialogs));
    }

    /** Help ▸ About: the version, the licence, the libraries and their licences, the app's folders. */
    static Alert about(DialogService dialogs) {
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.setTitle("About Oura Viewer");
        alert.setHeaderText("Oura Viewer " + AppVersion.current());
        Label text = new Label("A desktop viewer for the data of an Oura ring: calendar, nights, tags and "
                + "workouts.\nYour data stays on this computer; only the fetches you ask for go out.\n\n"
                + "Licensed under the Apache License 2.0 (the LICENSE file that comes with the app).\n"
                + "Java " + System.getProperty("java.version") + ".");
        text.setWrapText(true);

        GridPane libraries = new GridPane();
        libraries.getStyleClass().add("shortcuts");
        for (int i = 0; i < LIBRARIES.size(); i++) {
            Label name = new Label(LIBRARIES.get(i).name());
            name.getStyleClass().add("shortcut-key");
            libraries.addRow(i, name, new Label(LIBRARIES.get(i).licence()));
        }

        GridPane places = new GridPane();
        places.getStyleClass().add("shortcuts");
        List<Folder> folders = folders();
        for (int i = 0; i < folders.size(); i++) {
            Folder folder = folders.get(i);
            Label what = new Label(folder.what());
            what.getStyleClass().add("shortcut-key");
            Button open = new Button("Open folder");
            open.setOnAction(e -> dialogs.openFolder(folder.path()));
            places.addRow(i, what, new Label(folder.path().toString()), open);
        }

        VBox content = new VBox(text, heading("Libraries"), libraries, heading("Where things are"), places);
        content.setSpacing(10);
        alert.getDialogPane().setContent(content);
        return alert;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("report-summary");
        return heading;
    }
}
