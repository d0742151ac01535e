package org.ouraviewer.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
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
import org.ouraviewer.ui.common.Page;

/**
 * The menu bar: File, View, Help, with the usual shortcuts ("Shortcut" is Cmd on a Mac). The View menu
 * lists the tabs of {@link MainTab}.
 */
final class MainMenu {
    private MainMenu() {
    }

    /** @param exportable whether a tab's view can be exported (File ▸ Export… is greyed out otherwise) */
    static MenuBar create(MainCommands commands, AppModel app, Settings settings, Predicate<Page> exportable) {
        MenuBar bar = new MenuBar(file(commands, app, settings, exportable), view(app, settings), help(commands));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(MainCommands c, AppModel app, Settings settings, Predicate<Page> exportable) {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, c, settings));
        fillRecent(recent, c, settings); // so the menu has items (and an arrow) before it is first shown
        MenuItem export = item("Export…", "Shortcut+E", Icons.EXPORT, c::export);
        // what File ▸ Export… exports is the tab showing, if its view can be exported
        export.textProperty().bind(Bindings.createStringBinding(() -> exportable.test(app.tabProperty().get())
                ? "Export " + MainTab.of(app.tabProperty().get()).title().toLowerCase(java.util.Locale.ROOT) + "…" : "Export…",
                app.tabProperty()));
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> app.loaded().files().isEmpty()
                || !exportable.test(app.tabProperty().get()), app.loadedProperty(), app.tabProperty()));
        MenuItem close = item("Close all data", "Shortcut+W", null, c::closeAll);
        MenuItem sample = item("Open the sample data", null, Icons.SAMPLE, c::openSample);
        sample.setDisable(SampleData.names().isEmpty());
        close.disableProperty().bind(Bindings.createBooleanBinding(() -> app.loaded().files().isEmpty(),
                app.loadedProperty()));
        MenuItem fetchNew = item("Fetch new data", "F5", null, c::fetchNewData);
        fetchNew.disableProperty().bind(c.signedInProperty().not());
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
        file.setOnShowing(e -> c.lookForSignIn());
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

    private static Menu view(AppModel app, Settings settings) {
        Menu menu = new Menu("View");
        ToggleGroup tabs = new ToggleGroup();
        for (MainTab tab : MainTab.values()) {
            RadioMenuItem item = new RadioMenuItem(tab.title());
            item.setAccelerator(tab.shortcut());
            item.setToggleGroup(tabs);
            item.setSelected(app.tabProperty().get() == tab.page());
            item.setOnAction(e -> app.tabProperty().set(tab.page()));
            app.tabProperty().addListener((obs, o, n) -> item.setSelected(n == tab.page()));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), appearance(settings));
        return menu;
    }

    /** View ▸ Appearance: System, Light, Dark, one chosen (radio items, reached by the menu keys). */
    private static Menu appearance(Settings settings) {
        Menu menu = new Menu("Appearance");
        ToggleGroup choices = new ToggleGroup();
        for (AppearanceChoice choice : AppearanceChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.title());
            item.setToggleGroup(choices);
            item.setSelected(settings.appearanceProperty().get() == choice);
            item.setOnAction(e -> settings.appearanceProperty().set(choice));
            settings.appearanceProperty().addListener((obs, o, n) -> item.setSelected(n == choice));
            menu.getItems().add(item);
        }
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
