package org.ouraviewer.ui.day;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.ouraviewer.chart.HeaderText;
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
 * The Day tab: a toolbar to move between days, the activity day's chart (04:00 to 04:00) and every number of
 * the day beside it. Left and Right go to the previous and next day with data; N opens the day's night.
 */
public final class DayView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = KeyHelp.join(
            List.of(new KeyHelp("Left, Right", "Previous or next day with data"),
                    new KeyHelp("N", "The day's night in the Night tab")),
            ZoomKeys.help("Show the whole day again"));

    private final ViewContext context;
    private final AppModel app;
    private final DayViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final DayChartPane chart;
    private final NumbersPane numbers = new NumbersPane("day");
    private final ScrollPane numbersScroll = Viewports.uncached(new ScrollPane(numbers));
    private final DatePicker datePicker = new DatePicker();
    private final Label title = new Label();
    private final VBox emptyState = new VBox();
    private final Label emptyMessage = new Label();
    private boolean updating;

    public DayView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.viewModel = new DayViewModel(app);
        this.chart = new DayChartPane(viewModel, context.appearance().darkProperty());
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
        return chart.isVisible() ? chart : datePicker;
    }

    /** The picture as the tab shows it, at the tab's size when it is large enough to go by. */
    @Override
    public Optional<Export> export() {
        PictureSize size = PictureSize.of(root);
        return viewModel.export(size.width(), size.height(), chart.palette());
    }

    DayViewModel viewModel() {
        return viewModel;
    }

    DayChartPane chart() {
        return chart;
    }

    private void createView() {
        root.getStyleClass().add("day-view");
        root.getStylesheets().add(DayView.class.getResource("day.css").toExternalForm());
        Button previous = iconButton(Icons.PREVIOUS, "Previous day (Left)", "day-previous");
        previous.setOnAction(e -> viewModel.previousDay());
        previous.disableProperty().bind(viewModel.hasPreviousProperty().not());
        Button next = iconButton(Icons.NEXT, "Next day (Right)", "day-next");
        next.setOnAction(e -> viewModel.nextDay());
        next.disableProperty().bind(viewModel.hasNextProperty().not());
        datePicker.getStyleClass().add("day-date");
        datePicker.setDayCellFactory(p -> new DataDateCell());
        datePicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        datePicker.setPrefWidth(130);
        title.getStyleClass().add("day-title");
        Button night = new Button("Night");
        night.getStyleClass().add("day-night");
        night.setTooltip(new Tooltip("This day's night in the Night tab (N)"));
        night.setOnAction(e -> viewModel.openNight());
        night.disableProperty().bind(viewModel.dayProperty().isNull());
        Button reset = iconButton(Icons.ZOOM_RESET, "Show the whole day (double-click the chart)", "day-reset");
        reset.setText("Reset zoom");
        reset.setOnAction(e -> viewModel.zoom().resetZoom());
        reset.disableProperty().bind(viewModel.seriesProperty().isNull());
        Button export = iconButton(Icons.EXPORT, "Export the day as PNG, SVG or CSV", "day-export");
        export.setText("Export…");
        export.setOnAction(e -> ExportCommand.run(this, context));
        export.disableProperty().bind(viewModel.seriesProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(previous, datePicker, next, title, spacer, night, reset, export);
        toolbar.getStyleClass().add("day-toolbar");
        Label hint = new Label("Drag to zoom · scroll to zoom · right-drag or Shift-drag to pan · double-click to reset"
                + " · + and − zoom · Left/Right: previous/next day · N: the night");
        hint.getStyleClass().add("day-hint");
        hint.visibleProperty().bind(viewModel.seriesProperty().isNotNull());
        emptyMessage.getStyleClass().add("day-empty-message");
        emptyState.getStyleClass().add("day-empty");
        emptyState.getChildren().add(emptyMessage);
        numbersScroll.getStyleClass().add("day-numbers-scroll");
        numbersScroll.setFitToWidth(true);
        numbersScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(toolbar);
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

    private void initListeners() {
        viewModel.revisionProperty().addListener((o, was, now) -> update());
        datePicker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(viewModel.dayProperty().get())) {
                viewModel.showDay(now);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT) {
                viewModel.previousDay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                viewModel.nextDay();
                e.consume();
            } else if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
                viewModel.openNight();
                e.consume();
            } else {
                ZoomKeys.handle(e, viewModel.zoom());
            }
        });
    }

    /** Brings the controls in line with the view-model after the day or the data changed. */
    private void update() {
        updating = true;
        try {
            LocalDate day = viewModel.dayProperty().get();
            datePicker.setValue(day);
            title.setText(day == null ? "" : HeaderText.longDate(day));
            boolean empty = viewModel.seriesProperty().get() == null;
            chart.setVisible(!empty);
            emptyState.setVisible(empty);
            numbersScroll.setVisible(!empty);
            numbersScroll.setManaged(!empty);
            emptyMessage.setText(day == null ? "No data loaded. Open your Oura files to see your days."
                    : "No data for " + day);
            numbers.show(viewModel.numbersProperty().get());
        } finally {
            updating = false;
        }
    }

    /** Days with any data are marked in the date picker's month. */
    private final class DataDateCell extends DateCell {
        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("day-has-data");
            if (!empty && item != null && app.data().days().contains(item)) {
                getStyleClass().add("day-has-data");
            }
        }
    }
}
