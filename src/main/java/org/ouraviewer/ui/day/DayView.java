package org.ouraviewer.ui.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ouraviewer.ui.chart.DayToolbar;
import org.ouraviewer.ui.chart.NumbersPane;
import org.ouraviewer.ui.chart.PictureSize;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
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
    public static final List<KeyHelp> KEYS = DayToolbar.keys("Previous or next day with data",
            new KeyHelp("N", "The day's night in the Night tab"), "Show the whole day again");

    private final ViewContext context;
    private final AppModel app;
    private final DayViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final DayChartPane chart;
    private final NumbersPane numbers = new NumbersPane("day");
    private final ScrollPane numbersScroll = Viewports.uncached(new ScrollPane(numbers));
    private final DayToolbar toolbar;
    private final VBox emptyState = new VBox();
    private final Label emptyMessage = new Label();

    public DayView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.viewModel = new DayViewModel(app);
        this.chart = new DayChartPane(viewModel, context.appearance().darkProperty());
        this.toolbar = new DayToolbar("day", viewModel.navigation(), "day-has-data", viewModel.seriesProperty(),
                viewModel.zoom(), () -> ExportCommand.run(this, context), " · N: the night", List.of(nightButton()));
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
        return chart.isVisible() ? chart : toolbar.datePicker();
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
        root.getStyleClass().addAll("chart-view", "day-view");
        root.getStylesheets().add(DayView.class.getResource("day.css").toExternalForm());
        emptyMessage.getStyleClass().addAll("chart-empty-message", "day-empty-message");
        emptyState.getStyleClass().addAll("chart-empty", "day-empty");
        emptyState.getChildren().add(emptyMessage);
        numbersScroll.getStyleClass().addAll("chart-numbers-scroll", "day-numbers-scroll");
        numbersScroll.setFitToWidth(true);
        numbersScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(toolbar.bar());
        root.setCenter(new StackPane(chart, emptyState));
        root.setRight(numbersScroll);
        root.setBottom(toolbar.hint());
    }

    private Button nightButton() {
        Button night = new Button("Night");
        night.getStyleClass().add("day-night");
        night.setTooltip(new Tooltip("This day's night in the Night tab (N)"));
        night.setOnAction(e -> viewModel.openNight());
        night.disableProperty().bind(viewModel.dayProperty().isNull());
        return night;
    }

    private void initListeners() {
        viewModel.revisionProperty().addListener((o, was, now) -> update());
        toolbar.handleKeys(root, KeyCode.N, viewModel::openNight);
    }

    /** Brings the controls in line with the view-model after the day or the data changed. */
    private void update() {
        LocalDate day = viewModel.dayProperty().get();
        toolbar.show(day);
        boolean empty = viewModel.seriesProperty().get() == null;
        chart.setVisible(!empty);
        emptyState.setVisible(empty);
        numbersScroll.setVisible(!empty);
        numbersScroll.setManaged(!empty);
        emptyMessage.setText(day == null ? "No data loaded. Open your Oura files to see your days."
                : "No data for " + day);
        numbers.show(viewModel.numbersProperty().get());
    }
}
