package org.ouraviewer.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.ouraviewer.io.FileFormats;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Tasks;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.ui.fetch.FetchDialog;
import org.ouraviewer.work.AppThreads;

/** What the menus, the welcome pane and the shortcuts do. FX thread only. */
final class MainCommands {
    private static final List<DialogService.FileType> OURA_FILES = List.of(
            new DialogService.FileType("Oura data: the export ZIP, JSON, CSV", FileFormats.OPEN_EXTENSIONS),
            DialogService.FileType.of("All files", "*"));

    private final Stage stage;
    private final ViewContext context;
    private final AppThreads threads;
    private final DataLoading loading;
    private final Settings settings;
    private final Runnable saveSettings;
    private final Supplier<Optional<Exportable>> shownExportable;
    private Supplier<MenuBar> menus = () -> null;
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(this, "signedIn");
    private LoadReportDialog report;

    /** @param shownExportable the view of the tab showing, when it can be exported */
    MainCommands(Stage stage, ViewContext context, AppThreads threads, DataLoading loading, Settings settings, Runnable saveSettings,
                 Supplier<Optional<Exportable>> shownExportable) {
        this.stage = stage;
        this.context = context;
        this.threads = threads;
        this.loading = loading;
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.shownExportable = shownExportable;
        lookForSignIn();
    }

    /** The menu bar, for the keyboard help (set once it is built). */
    void setMenus(Supplier<MenuBar> menus) {
        this.menus = menus;
    }

    private DialogService dialogs() {
        return context.dialogs();
    }

    void openFiles() {
        List<Path> files = dialogs().openFiles("Open Oura files", OURA_FILES);
        if (!files.isEmpty()) {
            open(files);
        }
    }

    void openFolder() {
        dialogs().chooseFolder("Open a folder of Oura files", null).ifPresent(dir -> open(List.of(dir)));
    }

    /** Adds {@code paths} to what is loaded (in the background). */
    void open(List<Path> paths) {
        loading.load(paths);
    }

    void fetch() {
        FetchDialog.show(context, threads);
    }

    /** File ▸ Fetch new data: the dialog, fetching what is new at once when signed in. */
    void fetchNewData() {
        FetchDialog.showAndFetchNew(context, threads);
    }

    /** Whether a sign-in to Oura is stored, as last looked at ({@link #lookForSignIn}). */
    ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /**
     * Looks again whether a sign-in is stored: the dialog, another window or {@code oura-viewer login} may
     * have signed in or out since (the window calls this when it comes to the front and before File opens).
     */
    void lookForSignIn() {
        signedIn.set(FetchDialog.signedIn());
    }

    void openSample() {
        if (SampleData.names().isEmpty()) {
            dialogs().info("Sample data", "The sample data is not part of this build.");
            return;
        }
        // Unpacking writes a few MB and syncs them to disk: not on the FX thread.
        Tasks.create(SampleData::materialize)
                .onSuccess(folder -> open(List.of(folder)))
                .onError(e -> dialogs().error("Sample data", "The sample data could not be unpacked: "
                        + Problems.describe(e) + "."))
                .runOnce(context.background());
    }

    /** File ▸ Export…: the export of the tab showing. */
    void export() {
        Optional<Exportable> view = shownExportable.get();
        if (view.isEmpty()) {
            return;
        }
        Optional<Exportable.Export> export = view.get().export();
        if (export.isEmpty()) {
            MainTab tab = MainTab.of(context.app().tabProperty().get());
            dialogs().info("Export", "The " + tab.title() + " tab shows nothing to export.");
            return;
        }
        ExportCommand.run(export.get(), context);
    }

    void showReport() {
        if (report == null) {
            report = new LoadReportDialog(dialogs());
        }
        report.show(context.app().loaded());
    }

    /** After a load: keeps an open report current. */
    void loaded(LoadResult result) {
        if (report != null) {
            report.refreshIfShowing(result);
        }
    }

    /** Forgets what is loaded: back to the welcome pane, and nothing to reopen next time. */
    void closeAll() {
        loading.cancel();
        context.app().setLoaded(LoadResult.EMPTY);
        settings.clearSession();
        saveSettings.run();
        loaded(LoadResult.EMPTY);
    }

    void clearRecent() {
        settings.recent().clear();
        saveSettings.run();
    }

    void showShortcuts() {
        HelpDialogs.showShortcuts(dialogs(), menus.get());
    }

    void showAbout() {
        HelpDialogs.showAbout(dialogs());
    }

    void quit() {
        stage.close();
        Platform.exit();
    }

    LoadReportDialog report() {
        return report;
    }
}
