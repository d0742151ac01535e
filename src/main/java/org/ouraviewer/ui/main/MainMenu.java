package org.ouraviewer.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.MainTab;
import org.ouraviewer.ui.fetch.FetchDialog;

/** The menu bar: File, View, Help, with the usual shortcuts ("Shortcut" is Cmd on a Mac). */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(MainCommands commands, AppModel model, Settings settings) {
        MenuBar bar = new MenuBar(file(commands, model, settings), view(model, settings), help(commands));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainCommands c, AppModel model, Settings settings) {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, c, settings));
        fillRecent(recent, c, settings); // so the menu has items (and an arrow) before it is first shown
        MenuItem export = item("Export night…", "Shortcut+E", Icons.EXPORT, c::exportNight);
        export.disableProperty().bind(model.dayProperty().isNull());
        MenuItem close = item("Close all data", "Shortcut+W", null, c::closeAll);
        MenuItem sample = item("Open the sample data", null, Icons.SAMPLE, c::openSample);
        sample.setDisable(SampleData.names().isEmpty());
        close.disableProperty().bind(Bindings.createBooleanBinding(() -> model.loaded().files().isEmpty(),
                model.loadedProperty()));
        MenuItem fetchNew = item("Fetch new data", "F5", null, c::fetchNewData);
        fetchNew.setDisable(!FetchDialog.signedIn());
        Menu file = new Menu("File", null,
                item("Open files…", "Shortcut+O", Icons.OPEN_FILES, c::openFiles),
                item("Open folder…", "Shortcut+Shift+O", Icons.OPEN_FOLDER, c::openFolder),
                recent,
                item("Get data from Oura…", "Shortcut+Shift+F", Icons.FETCH, c::fetch),
                fetchNew,
                sample,
                new SeparatorMenuItem(),
                export,
                item("Load report", "Shortcut+R", Icons.REPORT, c::showReport),
                close,
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", null, c::quit));
        // Signing in or out happens in the dialog or on the command line: look again each time.
        file.setOnShowing(e -> fetchNew.setDisable(!FetchDialog.signedIn()));
        return file;
    }

    private static void fillRecent(Menu menu, MainCommands c, Settings settings) {
        menu.getItems().clear();
        for (Path p : settings.recent()) {
            MenuItem item = new MenuItem(p.getFileName() == null ? p.toString()
                    : p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            item.setMnemonicParsing(false);
            item.setDisable(!Files.exists(p));
            item.setOnAction(e -> c.open(java.util.List.of(p)));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("Nothing opened yet");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            menu.getItems().addAll(new SeparatorMenuItem(), item("Clear the list", null, null, c::clearRecent));
        }
    }

    private static Menu view(AppModel model, Settings settings) {
        Menu menu = new Menu("View");
        ToggleGroup tabs = new ToggleGroup();
        for (MainTab tab : MainTab.values()) {
            RadioMenuItem item = new RadioMenuItem(tab.title());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (tab.ordinal() + 1)));
            item.setToggleGroup(tabs);
            item.setSelected(model.tabProperty().get() == tab);
            item.setOnAction(e -> model.tabProperty().set(tab));
            model.tabProperty().addListener((obs, o, n) -> item.setSelected(n == tab));
            menu.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark appearance");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(settings.darkProperty());
        menu.getItems().addAll(new SeparatorMenuItem(), dark);
        return menu;
    }

    private static Menu help(MainCommands c) {
        return new Menu("Help", null,
                item("Keyboard shortcuts", "F1", Icons.KEYBOARD, c::showShortcuts),
                item("About Oura Viewer", null, Icons.ABOUT, c::showAbout));
    }

    private static MenuItem item(String text, String shortcut, Icons icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : icon.node());
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
