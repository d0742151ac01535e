package org.ouraviewer.ui.night;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.Optional;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.ui.chart.NumbersPane;
import org.ouraviewer.ui.chart.PictureSize;
import org.ouraviewer.ui.chart.ZoomKeys;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.ui.common.Viewports;

/**
 * The Night tab: a toolbar to move between nights, the day's periods to choose from, the chart, and the
 * night's numbers beside it. Left and Right go to the previous and next night with sleep data.
 */
public final class NightView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = KeyHelp.join(
            List.of(new KeyHelp("Left, Right", "Previous or next night with sleep data"),
                    new KeyHelp("D", "The activity day in the Day tab")),
            ZoomKeys.help("Show the whole night again"));

    private final ViewContext context;
    private final AppModel app;
    private final NightViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final NightChartPane chart;
    private final NumbersPane numbers = new NumbersPane("night");
    private final DatePicker datePicker = new DatePicker();
    private final Label title = new Label();
    private final PeriodBar periodBar;
    private final VBox emptyState = new VBox();
    private final Label emptyMessage = new Label();
    private final Button nearestButton = new Button();
    private final ScrollPane numbersScroll = Viewports.uncached(new ScrollPane(numbers));
    private boolean updating;

    public NightView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.viewModel = new NightViewModel(app);
        this.chart = new NightChartPane(viewModel, context.appearance().darkProperty());
        this.periodBar = new PeriodBar(viewModel);
        createView();
        initListeners();
        update();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focusTarget() {
        return chart.isVisible() ? chart : nearestButton;
    }

    /** The picture as the tab shows it, at the tab's size when it is large enough to go by. */
    @Override
    public Optional<Export> export() {
        PictureSize size = PictureSize.of(root);
        return viewModel.export(size.width(), size.height(), chart.palette());
    }

    NightViewModel viewModel() {
        return viewModel;
    }

    NightChartPane chart() {
        return chart;
    }

    private void createView() {
        root.getStyleClass().add("night-view");
        root.getStylesheets().add(NightView.class.getResource("night.css").toExternalForm());
        Button previous = iconButton(Icons.PREVIOUS, "Previous night (Left)", "night-previous");
        previous.setOnAction(e -> viewModel.previousDay());
        previous.disableProperty().bind(viewModel.hasPreviousProperty().not());
        Button next = iconButton(Icons.NEXT, "Next night (Right)", "night-next");
        next.setOnAction(e -> viewModel.nextDay());
        next.disableProperty().bind(viewModel.hasNextProperty().not());
        datePicker.getStyleClass().add("night-date");
        datePicker.setDayCellFactory(p -> new NightDateCell());
        datePicker.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        datePicker.setPrefWidth(130);
        title.getStyleClass().add("night-title");
        Button reset = iconButton(Icons.ZOOM_RESET, "Show the whole night (double-click the chart)",
                "night-reset");
        reset.setText("Reset zoom");
        reset.setOnAction(e -> viewModel.zoom().resetZoom());
        reset.disableProperty().bind(viewModel.seriesProperty().isNull());
        Button export = iconButton(Icons.EXPORT, "Export the night as PNG, SVG or CSV", "night-export");
        export.setText("Export…");
        export.setOnAction(e -> ExportCommand.run(this, context));
        export.disableProperty().bind(viewModel.seriesProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button usual = new Button("Compare with my usual night");
        usual.getStyleClass().add("night-usual");
        usual.setTooltip(new Tooltip("This night laid over the median of your nights, in the Nights tab"));
        usual.setOnAction(e -> app.compareWithUsualNight(viewModel.dayProperty().get()));
        usual.disableProperty().bind(viewModel.seriesProperty().isNull());
        Button activity = new Button("Day");
        activity.getStyleClass().add("night-day");
        activity.setTooltip(new Tooltip("This day's activity, 04:00 to 04:00, in the Day tab (D)"));
        activity.setOnAction(e -> viewModel.openActivityDay());
        activity.disableProperty().bind(viewModel.dayProperty().isNull());
        HBox toolbar = new HBox(previous, datePicker, next, title, spacer, activity, usual, reset, export);
        toolbar.getStyleClass().add("night-toolbar");
        Label hint = new Label("Drag to zoom · scroll to zoom · right-drag or Shift-drag to pan · double-click to reset"
                + " · + and − zoom · Left/Right: previous/next night");
        hint.getStyleClass().add("night-hint");
        hint.visibleProperty().bind(viewModel.seriesProperty().isNotNull());

        emptyMessage.getStyleClass().add("night-empty-message");
        nearestButton.getStyleClass().add("night-nearest");
        nearestButton.setOnAction(e -> viewModel.showDay(viewModel.nearestNightProperty().get()));
        emptyState.getStyleClass().add("night-empty");
        emptyState.getChildren().addAll(emptyMessage, nearestButton);

        numbersScroll.getStyleClass().add("night-numbers-scroll");
        numbersScroll.setFitToWidth(true);
        numbersScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(new VBox(toolbar, periodBar));
        root.setCenter(new StackPane(chart, emptyState));
        root.setRight(numbersScroll);
        root.setBottom(hint);
    }

    private static Button iconButton(Icons icon, String tooltip, String styleClass) {
        Button b = new Button(null, icon.node());
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add(styleClass);
        return b;
    }

    private void showNumbers(NightNumbers n) {
        numbers.show(n == null ? null : n.sections());
    }

    private void initListeners() {
        viewModel.revisionProperty().addListener((o, was, now) -> update());
        viewModel.numbersProperty().addListener((o, was, now) -> showNumbers(now));
        datePicker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(viewModel.dayProperty().get())) {
                viewModel.showDay(now);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT) {
                viewModel.previousDay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                viewModel.nextDay();
                e.consume();
            } else if (e.getCode() == KeyCode.D && !e.isShortcutDown()) {
                viewModel.openActivityDay();
                e.consume();
            } else {
                ZoomKeys.handle(e, viewModel.zoom());
            }
        });
    }

    /** Brings the controls in line with the view-viewModel after the day or the data changed. */
    private void update() {
        updating = true;
        try {
            LocalDate day = viewModel.dayProperty().get();
            datePicker.setValue(day);
            title.setText(day == null ? "" : HeaderText.longDate(day));
            List<SleepPeriod> periods = viewModel.periodsProperty().get();
            periodBar.show(periods);
            boolean empty = periods.isEmpty();
            chart.setVisible(!empty);
            emptyState.setVisible(empty);
            numbersScroll.setVisible(!empty);
            numbersScroll.setManaged(!empty);
            periodBar.setVisible(!empty);
            periodBar.setManaged(!empty);
            LocalDate nearest = viewModel.nearestNightProperty().get();
            emptyMessage.setText(day == null ? "No sleep data loaded. Open your Oura files to see your nights."
                    : "No sleep data for " + day);
            nearestButton.setText(nearest == null ? "" : "Go to the nearest night, " + nearest);
            nearestButton.setVisible(nearest != null);
            showNumbers(viewModel.numbersProperty().get());
        } finally {
            updating = false;
        }
    }

    /** Days with sleep data are marked in the date picker's month. */
    private final class NightDateCell extends DateCell {
        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("night-has-sleep");
            if (!empty && item != null && app.data().sleepDays().contains(item)) {
                getStyleClass().add("night-has-sleep");
            }
        }
    }
}
