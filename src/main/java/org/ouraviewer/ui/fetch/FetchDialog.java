package org.ouraviewer.ui.fetch;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.DialogService;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.ViewContext;

/**
 * File ▸ Fetch with a token…: source, token, days and folder; progress per kind; cancel at any time.
 * What was fetched is loaded through {@link AppModel#load}. Built in code; looks in {@code fetch.css}.
 */
public final class FetchDialog {
    static final String OURA_HELP = "Paste an Oura access token. Personal access tokens can no longer be created:"
            + " use the access token of an app you allowed into your Oura account (OAuth); it works the same.";
    static final String OPEN_HUMANS_HELP = "Paste your Open Humans access token (in an Open Humans notebook it is"
            + " OH_ACCESS_TOKEN); it lasts about 10 hours. Oura Connect's files come whole, so the days do not apply.";

    private final FetchViewModel vm;
    private final DialogService dialogs;
    private final Executor background;
    private final Stage stage = new Stage();

    FetchDialog(DialogService dialogs, Executor background, FetchViewModel vm) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.background = background;
        dialogs.own(stage);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Fetch with a token");
        Scene scene = new Scene(createView(), 620, 640);
        scene.getStylesheets().add(FetchDialog.class.getResource("fetch.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.cancel());
    }

    /** Opens the dialog; what it fetches is saved, then loaded through {@link AppModel#load}. */
    public static void show(ViewContext context) {
        FetchViewModel vm = new FetchViewModel(RememberedTokens.inSettings(),
                folder -> context.app().load(List.of(folder)), LocalDate.now());
        new FetchDialog(context.dialogs(), context.background(), vm).stage.show();
    }

    Stage stage() {
        return stage;
    }

    private BorderPane createView() {
        GridPane form = new GridPane();
        form.getStyleClass().add("fetch-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, grow());

        ToggleButton oura = new ToggleButton(FetchSource.OURA.title());
        ToggleButton openHumans = new ToggleButton(FetchSource.OPEN_HUMANS.title());
        oura.setId("source-oura");
        openHumans.setId("source-openhumans");
        SegmentedButton sources = new SegmentedButton(oura, openHumans);
        oura.setSelected(vm.sourceProperty().get() == FetchSource.OURA);
        openHumans.setSelected(!oura.isSelected());
        sources.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one source is always chosen
            } else {
                vm.sourceProperty().set(now == oura ? FetchSource.OURA : FetchSource.OPEN_HUMANS);
            }
        });

        Label help = new Label();
        help.getStyleClass().add("fetch-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE); // lets the grid give the wrapped lines their height
        help.textProperty().bind(Bindings.when(vm.sourceProperty().isEqualTo(FetchSource.OURA))
                .then(OURA_HELP).otherwise(OPEN_HUMANS_HELP));

        PasswordField token = new PasswordField();
        token.setId("token");
        token.setPromptText("access token");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        CheckBox remember = new CheckBox("Remember the token on this computer");
        remember.setId("remember");
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.setTooltip(new Tooltip("Kept in a file only you can read. Unticked, the token is forgotten"
                + " when the dialog closes."));

        DatePicker start = new DatePicker();
        DatePicker end = new DatePicker();
        start.valueProperty().bindBidirectional(vm.startProperty());
        end.valueProperty().bindBidirectional(vm.endProperty());
        HBox days = new HBox(8, start, new Label("to"), end);
        days.getStyleClass().add("fetch-days");
        days.disableProperty().bind(vm.sourceProperty().isNotEqualTo(FetchSource.OURA));

        TextField folder = new TextField();
        folder.setId("folder");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button choose = new Button("Choose…", Icons.OPEN_FOLDER.node());
        choose.setOnAction(e -> chooseFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folder, choose);

        form.addRow(0, new Label("Source"), sources);
        form.add(help, 1, 1);
        form.addRow(2, new Label("Access token"), token);
        form.add(remember, 1, 3);
        form.addRow(4, new Label("Days"), days);
        form.addRow(5, new Label("Save in"), folderRow);
        form.disableProperty().bind(vm.runningProperty());

        ListView<KindRow> progress = new ListView<>(vm.rows());
        progress.setId("progress");
        progress.setCellFactory(list -> new KindRowCell());
        progress.setPlaceholder(new Label("Each kind of data shows here as it is fetched."));
        VBox.setVgrow(progress, Priority.ALWAYS);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        vm.statusIsErrorProperty().addListener((obs, was, isError) -> {
            status.getStyleClass().remove("fetch-error");
            if (isError) {
                status.getStyleClass().add("fetch-error");
            }
        });
        status.getStyleClass().add("fetch-status");

        VBox center = new VBox(12, form, progress, status);
        center.getStyleClass().add("fetch-content");
        BorderPane root = new BorderPane(center, null, null, createButtons(), null);
        root.getStyleClass().add("fetch-dialog");
        return root;
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

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
