package org.ouraviewer.ui.fetch;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Appearance;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.work.AppThreads;

/**
 * File ▸ Get data from Oura…: the Oura sign-in (or a pasted token) or Open Humans, the days (only what is
 * new, or a range) and folder; progress per kind; cancel at any time. What was fetched is loaded through
 * {@link AppModel#load}. Built in code; looks in {@code fetch.css}.
 */
public final class FetchDialog {
    static final String OPEN_HUMANS_HELP = "Paste your Open Humans access token (in an Open Humans notebook it is"
            + " OH_ACCESS_TOKEN); it lasts about 10 hours. Oura Connect's files come whole, so the days do not apply.";

    private final FetchViewModel vm;
    private final DialogService dialogs;
    private final Executor background;
    private final Stage stage = new Stage();

    FetchDialog(DialogService dialogs, Executor background, Appearance appearance, FetchViewModel vm) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.background = background;
        dialogs.own(stage);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Get data from Oura");
        Scene scene = new Scene(createView(), 700, 760);
        appearance.style(scene); // the theme's named colours, which fetch.css uses, even before the window is shown
        scene.getStylesheets().add(FetchDialog.class.getResource("fetch.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            vm.cancel();
            vm.signIn().cancel();
        });
    }

    /** Opens the dialog; what it fetches is saved, then loaded through {@link AppModel#load}. */
    public static void show(ViewContext context, AppThreads threads) {
        open(context, AppDirs.config(), threads);
    }

    /**
     * File ▸ Fetch new data: the dialog, fetching what is new right away when signed in (the user asked for
     * it); otherwise it shows how to connect.
     */
    public static void showAndFetchNew(ViewContext context, AppThreads threads) {
        open(context, AppDirs.config(), threads).fetchNew();
    }

    /** Whether a sign-in to Oura is stored (for menus and the start-up offer). */
    public static boolean signedIn() {
        return CredentialStore.standard().signedIn();
    }

    /**
     * The dialog with the sign-in, remembered tokens and last folder of {@code configDir}; web pages open
     * through the context's dialogs, the work runs on its executor (the sign-in's listener and the requests'
     * deadlines on {@code threads}), and a fetched folder is loaded by its app.
     */
    static FetchDialog open(ViewContext context, Path configDir, AppThreads threads) {
        FetchViewModel vm = new FetchViewModel(configDir, context.dialogs()::browse,
                folder -> context.app().load(List.of(folder)), LocalDate.now(), threads);
        FetchDialog dialog = new FetchDialog(context.dialogs(), context.background(), context.appearance(), vm);
        dialog.stage.show();
        return dialog;
    }

    /** Fetches what is new, if signed in. */
    void fetchNew() {
        if (vm.usesSignInProperty().get()) {
            vm.onlyNewProperty().set(true);
            vm.fetch(background);
        }
    }

    Stage stage() {
        return stage;
    }

    private BorderPane createView() {
        ToggleSource sources = new ToggleSource(vm);
        VBox oura = new OuraConnectView(vm, background).node();
        GridPane openHumans = new TokenView(vm, "oh-", OPEN_HUMANS_HELP).node();
        oura.visibleProperty().bind(vm.sourceProperty().isEqualTo(FetchSource.OURA));
        openHumans.visibleProperty().bind(oura.visibleProperty().not());
        StackPane source = new StackPane(oura, openHumans);
        source.disableProperty().bind(vm.runningProperty());

        ListView<KindRow> progress = new ListView<>(vm.rows());
        progress.setId("progress");
        progress.setCellFactory(list -> new KindRowCell());
        progress.setPlaceholder(new Label("Each kind of data shows here as it is fetched."));
        progress.setMinHeight(120);
        VBox.setVgrow(progress, Priority.ALWAYS);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("fetch-status");
        markErrors(status, vm.statusIsErrorProperty());

        VBox center = new VBox(12, sources.node(), source, options(), progress, status);
        center.getStyleClass().add("fetch-content");
        BorderPane root = new BorderPane(center, null, null, createButtons(), null);
        root.getStyleClass().add("fetch-dialog");
        return root;
    }

    /** The days and the folder. */
    private GridPane options() {
        CheckBox onlyNew = new CheckBox("Only what is new (each kind from its last saved day, less a week)");
        onlyNew.setId("only-new");
        onlyNew.selectedProperty().bindBidirectional(vm.onlyNewProperty());
        DatePicker start = new DatePicker();
        DatePicker end = new DatePicker();
        start.valueProperty().bindBidirectional(vm.startProperty());
        end.valueProperty().bindBidirectional(vm.endProperty());
        HBox range = new HBox(8, start, new Label("to"), end);
        range.getStyleClass().add("fetch-days");
        range.disableProperty().bind(vm.onlyNewProperty());
        VBox days = new VBox(6, onlyNew, range);
        days.disableProperty().bind(vm.sourceProperty().isNotEqualTo(FetchSource.OURA));

        TextField folder = new TextField();
        folder.setId("folder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button choose = new Button("Choose…", Icons.OPEN_FOLDER.node());
        choose.setOnAction(e -> chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folder, choose);

        GridPane form = new GridPane();
        form.getStyleClass().add("fetch-form");
        form.addRow(0, new Label("Days"), days);
        form.addRow(1, new Label("Save in"), folderRow);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        form.disableProperty().bind(vm.runningProperty());
        return form;
    }

    private ButtonBar createButtons() {
        Button fetch = new Button("Fetch", Icons.FETCH.node());
        fetch.setId("fetch");
        fetch.setDefaultButton(true);
        fetch.disableProperty().bind(vm.canFetchProperty().not());
        fetch.setOnAction(e -> vm.fetch(background));
        Button cancel = new Button("Cancel fetch");
        cancel.setId("cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setId("close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(fetch, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(cancel, fetch, close);
        bar.getStyleClass().add("fetch-buttons");
        return bar;
    }

    private void chooseFolder() {
        Path current;
        try {
            current = Path.of(vm.folderProperty().get());
        } catch (InvalidPathException e) {
            current = null;
        }
        dialogs.chooseFolder("Save fetched data in", current != null && Files.isDirectory(current) ? current : null)
                .ifPresent(chosen -> vm.folderProperty().set(chosen.toString()));
    }

    /** Gives {@code label} the error style while {@code error} holds. */
    static void markErrors(Label label, ObservableBooleanValue error) {
        error.addListener((obs, was, isError) -> {
            label.getStyleClass().remove("fetch-error");
            if (isError) {
                label.getStyleClass().add("fetch-error");
            }
        });
    }

    /** The source: Oura or Open Humans, one always chosen. */
    private static final class ToggleSource {
        private final HBox row;

        ToggleSource(FetchViewModel vm) {
            javafx.scene.control.ToggleButton oura = new javafx.scene.control.ToggleButton(FetchSource.OURA.title());
            javafx.scene.control.ToggleButton openHumans =
                    new javafx.scene.control.ToggleButton(FetchSource.OPEN_HUMANS.title());
            oura.setId("source-oura");
            openHumans.setId("source-openhumans");
            SegmentedButton buttons = new SegmentedButton(oura, openHumans);
            oura.setSelected(vm.sourceProperty().get() == FetchSource.OURA);
            openHumans.setSelected(!oura.isSelected());
            buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    old.setSelected(true);
                } else {
                    vm.sourceProperty().set(now == oura ? FetchSource.OURA : FetchSource.OPEN_HUMANS);
                }
            });
            buttons.disableProperty().bind(vm.runningProperty());
            row = new HBox(12, new Label("Source"), buttons);
            row.getStyleClass().add("fetch-source");
        }

        HBox node() {
            return row;
        }
    }
}
