package org.ouraviewer.ui.night;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.Optional;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.model.SleepPeriod;
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
 * The Night tab: a toolbar to move between nights, the day's periods to choose from, the chart, and the
 * night's numbers beside it. Left and Right go to the previous and next night with sleep data.
 */
public final class NightView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = DayToolbar.keys("Previous or next night with sleep data",
            new KeyHelp("D", "The activity day in the Day tab"), "Show the whole night again");

    private final ViewContext context;
    private final AppModel app;
    private final NightViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final NightChartPane chart;
    private final NumbersPane numbers = new NumbersPane("night");
    private final DayToolbar toolbar;
    private final PeriodBar periodBar;
    private final VBox emptyState = new VBox();
    private final Label emptyMessage = new Label();
    private final Button nearestButton = new Button();
    private final ScrollPane numbersScroll = Viewports.uncached(new ScrollPane(numbers));

    public NightView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.viewModel = new NightViewModel(app);
        this.chart = new NightChartPane(viewModel, context.appearance().darkProperty());
        this.periodBar = new PeriodBar(viewModel);
        this.toolbar = new DayToolbar("night", viewModel.navigation(), "night-has-sleep", viewModel.seriesProperty(),
                viewModel.zoom(), () -> ExportCommand.run(this, context), "", List.of(dayButton(), usualButton()));
        createView();
        initListeners();
        update();
        showNumbers(viewModel.numbersProperty().get());
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
        root.getStyleClass().addAll("chart-view", "night-view");
        root.getStylesheets().add(NightView.class.getResource("night.css").toExternalForm());
        emptyMessage.getStyleClass().addAll("chart-empty-message", "night-empty-message");
        nearestButton.getStyleClass().add("night-nearest");
        nearestButton.setOnAction(e -> viewModel.navigation().showDay(viewModel.nearestNightProperty().get()));
        emptyState.getStyleClass().addAll("chart-empty", "night-empty");
        emptyState.getChildren().addAll(emptyMessage, nearestButton);

        numbersScroll.getStyleClass().addAll("chart-numbers-scroll", "night-numbers-scroll");
        numbersScroll.setFitToWidth(true);
        numbersScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setTop(new VBox(toolbar.bar(), periodBar));
        root.setCenter(new StackPane(chart, emptyState));
        root.setRight(numbersScroll);
        root.setBottom(toolbar.hint());
    }

    private Button dayButton() {
        Button activity = new Button("Day");
        activity.getStyleClass().add("night-day");
        activity.setTooltip(new Tooltip("This day's activity, 04:00 to 04:00, in the Day tab (D)"));
        activity.setOnAction(e -> viewModel.openActivityDay());
        activity.disableProperty().bind(viewModel.dayProperty().isNull());
        return activity;
    }

    private Button usualButton() {
        Button usual = new Button("Compare with my usual night");
        usual.getStyleClass().add("night-usual");
        usual.setTooltip(new Tooltip("This night laid over the median of your nights, in the Nights tab"));
        usual.setOnAction(e -> app.compareWithUsualNight(viewModel.dayProperty().get()));
        usual.disableProperty().bind(viewModel.seriesProperty().isNull());
        return usual;
    }

    private void showNumbers(NightNumbers n) {
        numbers.show(n == null ? null : n.sections());
    }

    private void initListeners() {
        viewModel.revisionProperty().addListener((o, was, now) -> update());
        // the one way the numbers come in: a new day and a period chosen both set them (not the revision too)
        viewModel.numbersProperty().addListener((o, was, now) -> showNumbers(now));
        toolbar.handleKeys(root, KeyCode.D, viewModel::openActivityDay);
    }

    /** Brings the controls in line with the view-model after the day or the data changed. */
    private void update() {
        LocalDate day = viewModel.dayProperty().get();
        toolbar.show(day);
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
    }
}
