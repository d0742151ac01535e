package org.ouraviewer.ui.main;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.ui.calendar.CalendarView;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.MainTab;
import org.ouraviewer.ui.fetch.NewDataOffer;
import org.ouraviewer.ui.night.NightView;
import org.ouraviewer.ui.tags.TagsView;
import org.ouraviewer.ui.workouts.WorkoutsView;

/**
 * The main window: menu bar, the four tabs, the welcome pane while nothing is loaded, drop anywhere,
 * and the status bar. It owns the background loading and registers it with the {@link AppModel}.
 */
public final class MainWindow {
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private final Stage stage;
    private final AppModel model;
    private final SettingsStore store;
    private final Settings settings;
    private final DataLoading loading;
    private final MainCommands commands;
    private final TabPane tabs = new TabPane();
    private final LoadStatus status;
    private final DropHandler drop;
    private WelcomePane welcome;
    /** Files that failed in the latest load (not counting those of earlier loads). */
    private long newFailures;

    /** Builds the window on {@code stage} with the settings of {@code store}. */
    public MainWindow(Stage stage, AppModel model, SettingsStore store) {
        this.stage = stage;
        this.model = model;
        this.store = store;
        this.settings = store.load();
        this.loading = new DataLoading(model);
        this.commands = new MainCommands(stage, model, loading, settings, this::saveSettings);
        this.status = new LoadStatus(loading, commands::showReport);
        this.drop = new DropHandler(commands::open);
        model.setLoader(commands::open);
        createView();
        initListeners();
    }

    /** The standard window: settings in the app's config folder. */
    public static MainWindow create(Stage stage) {
        return new MainWindow(stage, new AppModel(), SettingsStore.standard());
    }

    private void createView() {
        for (MainTab t : MainTab.values()) {
            Tab tab = new Tab(t.title());
            tab.setUserData(t);
            tabs.getTabs().add(tab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");
        welcome = new WelcomePane(new WelcomePane.Actions(commands::openFiles, commands::openFolder,
                commands::fetch, commands::openSample), !SampleData.names().isEmpty());
        Label dropLabel = new Label("Drop to open", Icons.DROP.node());
        dropLabel.getStyleClass().add("drop-overlay-label");
        StackPane dropOverlay = new StackPane(dropLabel);
        dropOverlay.getStyleClass().add("drop-overlay");
        dropOverlay.setMouseTransparent(true);
        StackPane.setAlignment(dropLabel, Pos.CENTER);
        StackPane center = new StackPane(tabs, welcome, dropOverlay);
        BorderPane root = new BorderPane(center);
        root.getStyleClass().add("main-window");
        root.setTop(MainMenu.create(commands, model, settings));
        root.setBottom(status.node());
        drop.install(root);
        stage.setTitle("Oura Viewer");
        stage.getIcons().addAll(appIcons());
        stage.setScene(new Scene(root));
        Appearance.darkProperty().bind(settings.darkProperty());
        Appearance.styleAllWindows();
        Appearance.style(stage.getScene());
        WindowPlacement.restore(stage, settings);
        showWelcome();
    }

    private void initListeners() {
        tabs.getSelectionModel().select(model.tabProperty().get().ordinal());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (tabs.isVisible()) {
                createContent(n);
            }
            model.tabProperty().set((MainTab) n.getUserData());
        });
        model.tabProperty().addListener((obs, o, n) -> tabs.getSelectionModel().select(n.ordinal()));
        model.loadedProperty().addListener((obs, o, n) -> {
            newFailures = n.failedCount() - o.failedCount();
            status.show(n);
            showWelcome();
        });
        loading.runningProperty().addListener((obs, o, n) -> welcome.setDisable(n));
        loading.setOnLoaded(this::loaded);
        settings.darkProperty().addListener((obs, o, n) -> saveSettings());
        settings.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> saveSettings());
        stage.setOnHiding(e -> {
            WindowPlacement.remember(stage, settings);
            store.saveNow(settings);
        });
    }

    private void showWelcome() {
        boolean empty = model.loaded().files().isEmpty();
        welcome.setVisible(empty);
        tabs.setVisible(!empty);
        if (!empty) {
            createContent(tabs.getSelectionModel().getSelectedItem());
        }
    }

    /**
     * A tab's view is built when it is first shown: start-up only builds the welcome pane, and a
     * session reopens with one view. Views read the model's current state when they are built.
     */
    private void createContent(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        tab.setContent(switch ((MainTab) tab.getUserData()) {
            case CALENDAR -> new CalendarView(model).node();
            case NIGHT -> new NightView(model).node();
            case TAGS -> new TagsView(model).node();
            case WORKOUTS -> new WorkoutsView(model).node();
        });
    }

    private void loaded(List<Path> paths, LoadResult result) {
        settings.opened(paths);
        saveSettings();
        commands.loaded(result);
        notifyProblems(newFailures);
    }

    /** One unobtrusive notice per load with unreadable files; the details are in the load report. */
    private void notifyProblems(long failed) {
        if (failed <= 0 || !stage.isShowing()) {
            return;
        }
        Notifications.create()
                .owner(stage)
                .title("Some files could not be read")
                .text((failed == 1 ? "1 file" : failed + " files") + " could not be read; everything else is loaded."
                        + "\nClick for the load report.")
                .hideAfter(Duration.seconds(8))
                .onAction(e -> commands.showReport())
                .showWarning();
    }

    private void saveSettings() {
        store.saveLater(settings);
    }

    private static List<Image> appIcons() {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/org/ouraviewer/icons/app-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An icon that cannot be read is left out; the window still opens.
            }
        }
        return icons;
    }

    /** Opens the paths given on the command line, or else what was open last time (if it still exists). */
    public void openAtStart(List<String> arguments) {
        List<Path> given = arguments.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (!given.isEmpty()) {
            commands.open(given);
            return;
        }
        List<Path> session = settings.session().stream().filter(Files::exists).toList();
        if (!session.isEmpty()) {
            commands.open(session);
        }
    }

    public void show() {
        stage.show();
        NewDataOffer.showIfSignedIn(stage, model); // an offer only: nothing is fetched unless asked
    }

    DropHandler dropHandler() {
        return drop;
    }

    MainCommands commands() {
        return commands;
    }

    DataLoading loading() {
        return loading;
    }

    Settings settings() {
        return settings;
    }
}
