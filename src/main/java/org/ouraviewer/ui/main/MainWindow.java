package org.ouraviewer.ui.main;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ouraviewer.chart.day.DayWarmUp;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.io.desktop.ColorScheme;
import org.ouraviewer.io.desktop.ColorSchemeProbe;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.ui.fetch.NewDataOffer;
import org.ouraviewer.work.AppThreads;

/**
 * The main window: menu bar, the tabs of {@link MainTab}, the welcome pane while nothing is loaded, drop
 * anywhere, and the status bar. It owns the dialogs ({@link WindowDialogs}) and the background loading, and
 * hands both to the views through their {@link ViewContext}.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppModel app;
    private final ViewContext context;
    private final AppThreads threads;
    private final SettingsStore store;
    private final Settings settings;
    private final SystemAppearance systemAppearance;
    private final DataLoading loading;
    private final MainCommands commands;
    private final MainTabs tabs;
    private final LoadStatus status;
    private final DropHandler drop;
    private WelcomePane welcome;
    /** Files that failed in the latest load (not counting those of earlier loads). */
    private long newFailures;

    /**
     * Builds the window on {@code stage} with the settings of {@code store}; background work runs on
     * {@code background} (tests pass a same-thread executor), the fetch's sign-in listener and deadlines on
     * {@code threads}; web pages open through {@code browser} (the application's HostServices).
     */
    public MainWindow(Stage stage, AppModel app, SettingsStore store, Executor background, AppThreads threads,
                      Consumer<URI> browser, Supplier<Optional<ColorScheme>> systemScheme) {
        this(stage, settings -> new WindowDialogs(stage, settings::recentFolder, browser), app, store, background,
                threads, systemScheme);
    }

    /** With other dialogs than the window's own (tests answer for the user), and the system's scheme. */
    MainWindow(Stage stage, AppModel app, SettingsStore store, Executor background, AppThreads threads,
               DialogService dialogs, Supplier<Optional<ColorScheme>> systemScheme) {
        this(stage, settings -> dialogs, app, store, background, threads, systemScheme);
    }

    private MainWindow(Stage stage, Function<Settings, DialogService> dialogs, AppModel app, SettingsStore store,
                       Executor background, AppThreads threads, Supplier<Optional<ColorScheme>> systemScheme) {
        this.threads = threads;
        this.stage = stage;
        this.app = app;
        this.store = store;
        this.settings = store.load();
        this.systemAppearance = new SystemAppearance(settings.appearanceProperty(), systemScheme, background);
        this.context = new ViewContext(app, background, dialogs.apply(settings),
                new Appearance(systemAppearance.dark()));
        this.loading = new DataLoading(app, background);
        this.tabs = new MainTabs(app, context);
        this.commands = new MainCommands(stage, context, threads, loading, settings, this::saveSettings,
                tabs::shownExportable);
        this.status = new LoadStatus(loading, commands::showReport);
        this.drop = new DropHandler(commands::open);
        app.setLoader(commands::open);
        createView();
        initListeners();
    }

    /**
     * The standard window: settings in the app's config folder, all its threads from {@code threads}, web pages
     * through {@code browser}, light or dark as the system says ({@link ColorSchemeProbe}).
     */
    public static MainWindow create(Stage stage, AppThreads threads, Consumer<URI> browser) {
        return new MainWindow(stage, new AppModel(), SettingsStore.standard(threads.background()),
                threads.background(), threads, browser, ColorSchemeProbe.ofThisSystem()::detect);
    }

    private void createView() {
        welcome = new WelcomePane(new WelcomePane.Actions(commands::openFiles, commands::openFolder,
                commands::fetch, commands::openSample), !SampleData.names().isEmpty());
        Label dropLabel = new Label("Drop to open", Icons.DROP.node());
        dropLabel.getStyleClass().add("drop-overlay-label");
        StackPane dropOverlay = new StackPane(dropLabel);
        dropOverlay.getStyleClass().add("drop-overlay");
        dropOverlay.setMouseTransparent(true);
        StackPane.setAlignment(dropLabel, Pos.CENTER);
        StackPane center = new StackPane(tabs.node(), welcome, dropOverlay);
        BorderPane root = new BorderPane(center);
        root.getStyleClass().add("main-window");
        javafx.scene.control.MenuBar menus = MainMenu.create(commands, app, settings,
                tabs::isExportable);
        commands.setMenus(() -> menus);
        root.setTop(menus);
        root.setBottom(status.node());
        drop.install(root);
        stage.setTitle("Oura Viewer");
        stage.getIcons().addAll(WindowPlacement.appIcons());
        stage.setScene(new Scene(root));
        context.appearance().styleWindows(stage);
        WindowPlacement.restore(stage, settings);
        showWelcome();
    }

    private void initListeners() {
        app.loadedProperty().addListener((obs, o, n) -> {
            newFailures = n.failedCount() - o.failedCount();
            status.show(n);
            showWelcome();
        });
        loading.runningProperty().addListener((obs, o, n) -> welcome.setDisable(n));
        loading.setOnLoaded(this::loaded);
        settings.appearanceProperty().addListener((obs, o, n) -> saveSettings());
        settings.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> saveSettings());
        // back at the window: a sign-in may have been stored or forgotten meanwhile (File ▸ Fetch new data)
        stage.focusedProperty().addListener((obs, o, focused) -> {
            if (focused) {
                commands.lookForSignIn();
            }
        });
        stage.setOnHiding(e -> {
            systemAppearance.stop();
            WindowPlacement.remember(stage, settings);
            store.saveNow(settings);
        });
    }

    private void showWelcome() {
        boolean empty = app.loaded().files().isEmpty();
        welcome.setVisible(empty);
        tabs.setShown(!empty);
    }

    private void loaded(List<Path> paths, LoadResult result) {
        settings.opened(paths);
        saveSettings();
        commands.loaded(result);
        notifyProblems(newFailures);
        context.background().execute(() -> warmUpDayTab(result));
    }

    /** The Day tab's first showing without its classes' first loading (DayWarmUp); a failure shows there, not here. */
    private static void warmUpDayTab(LoadResult result) {
        try {
            DayWarmUp.once(result.data());
        } catch (RuntimeException e) {
            // the tab runs the same code when shown and reports what goes wrong then
        }
    }

    /** One unobtrusive notice per load with unreadable files; the details are in the load report. */
    private void notifyProblems(long failed) {
        if (failed > 0) {
            context.dialogs().warn("Some files could not be read", (failed == 1 ? "1 file" : failed + " files")
                    + " could not be read; everything else is loaded.\nClick for the load report.", commands::showReport);
        }
    }

    private void saveSettings() {
        store.saveLater(settings);
    }

    /** Opens the paths given on the command line, or else what was open last time (if it still exists). */
    public void openAtStart(List<String> arguments) {
        List<Path> given = new ArrayList<>();
        for (String a : arguments) {
            try {
                if (!a.startsWith("--")) {
                    given.add(Path.of(a));
                }
            } catch (InvalidPathException e) {
                context.dialogs().error("Open", "\"" + Problems.printable(a)
                        + "\" cannot be a file name on this system, so it was not opened.");
            }
        }
        if (!given.isEmpty()) {
            commands.open(given);
            return;
        }
        List<Path> session = settings.session().stream().filter(Files::exists).toList();
        if (!session.isEmpty()) {
            commands.open(session);
        }
    }

    /**
     * Files that a second launch of the app handed over: opened as if dropped on the window, which comes to
     * the front (none given: it only comes to the front).
     */
    public void openHandedOver(List<Path> paths) {
        if (!paths.isEmpty()) {
            commands.open(paths); // what a drop does
        }
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public void show() {
        systemAppearance.start();
        stage.show();
        NewDataOffer.showIfSignedIn(context, threads); // an offer only: nothing is fetched unless asked
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

    SystemAppearance systemAppearance() {
        return systemAppearance;
    }

    ViewContext context() {
        return context;
    }

    /** The dialogs of this window, which the crash path speaks through. */
    public DialogService dialogs() {
        return context.dialogs();
    }
}
