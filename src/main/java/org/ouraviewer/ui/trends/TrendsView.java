package org.ouraviewer.ui.trends;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.chart.DayZoom;
import org.ouraviewer.ui.chart.PictureSize;
import org.ouraviewer.ui.chart.ZoomKeys;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.MetricPicker;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;

/**
 * The Trends tab: a toolbar to choose the metrics, the rolling window, the period means and the range; the
 * trend chart; and beside it what each tag goes with in the first metric ({@link TagEffectsPanel}).
 */
public final class TrendsView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = KeyHelp.join(
            List.of(new KeyHelp("Left, Right", "Move the chart's day (the range follows)"),
                    new KeyHelp("Enter or click", "Open the day in the Night tab")),
            ZoomKeys.help("Back to the range chosen"),
            List.of(new KeyHelp("Up, Down (tag effects)", "Choose the previous or next tag; its days are marked")));

    private final ViewContext context;
    private final AppModel app;
    private final TrendsViewModel viewModel;
    private final DayRangeControl range = new DayRangeControl(DayRangeControl.Preset.YEAR);
    private final DayZoom zoom = new DayZoom(range);
    private final TrendChartPane chart;
    private final TagEffectsPanel effects;
    private final BorderPane root = new BorderPane();
    private final MetricPicker metric = new MetricPicker(null);
    private final MetricPicker second = new MetricPicker("No second metric");
    private final Label empty = new Label();

    public TrendsView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.viewModel = new TrendsViewModel(app, context.background());
        this.chart = new TrendChartPane(viewModel, range, zoom, context.appearance().darkProperty());
        this.effects = new TagEffectsPanel(viewModel, context.appearance().darkProperty());
        createView();
        initListeners();
        showData();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focusTarget() {
        return chart;
    }

    /** The chart and the tag effects as the tab shows them, at their size on screen when that is large enough. */
    @Override
    public Optional<Export> export() {
        PictureSize size = chart.getWidth() >= 640 && chart.getHeight() >= 360
                ? new PictureSize((int) Math.round(chart.getWidth() + effects.getWidth()),
                (int) Math.round(chart.getHeight())) : PictureSize.DEFAULT;
        return viewModel.export(size.width(), size.height(), chart.palette());
    }

    TrendsViewModel viewModel() {
        return viewModel;
    }

    TrendChartPane chart() {
        return chart;
    }

    private void createView() {
        root.getStyleClass().add("trends-view");
        root.getStylesheets().add(TrendsView.class.getResource("trends.css").toExternalForm());
        metric.getStyleClass().add("trends-metric");
        metric.setTooltip(new Tooltip("The metric drawn on the left axis; the tag effects are of this metric. Type to search"));
        second.getStyleClass().add("trends-second");
        second.setTooltip(new Tooltip("A second metric on its own axis, at the right. Type to search"));
        ChoiceBox<Integer> window = new ChoiceBox<>(FXCollections.observableArrayList(TrendsData.WINDOWS));
        window.setConverter(converter(w -> w + "-day mean"));
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        window.setTooltip(new Tooltip("The rolling mean's window: the mean of the days with a value among the last "
                + "N days, drawn where at least half of them have one"));
        window.getStyleClass().add("trends-window");
        ChoiceBox<TrendChart.Periods> periods = new ChoiceBox<>(
                FXCollections.observableArrayList(TrendChart.Periods.values()));
        periods.setConverter(converter(TrendChart.Periods::label));
        periods.valueProperty().bindBidirectional(viewModel.periodsProperty());
        periods.setTooltip(new Tooltip("The means of ISO weeks or calendar months, drawn as steps"));
        periods.getStyleClass().add("trends-periods");
        Button export = new Button("Export…", Icons.EXPORT.node());
        export.getStyleClass().add("trends-export");
        export.setTooltip(new Tooltip("Export the chart as PNG or SVG, or its series as CSV"));
        export.setOnAction(e -> ExportCommand.run(this, context));
        export.disableProperty().bind(viewModel.chartProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox choices = new HBox(metric, second, window, periods, spacer, export);
        choices.getStyleClass().add("trends-toolbar");
        HBox ranges = new HBox(range);
        ranges.getStyleClass().add("trends-toolbar");
        Label hint = new Label("Click a day to open its night · drag or scroll to zoom · right-drag or Shift-drag to "
                + "pan · Escape: back to the range · Left/Right and Enter: a day by keyboard · the band is your usual "
                + "range, the middle half (25–75 %) of all your days' values, its line the median");
        hint.getStyleClass().add("trends-hint");
        hint.setWrapText(true);
        empty.getStyleClass().add("trends-empty");
        root.setTop(new javafx.scene.layout.VBox(choices, ranges));
        root.setCenter(new StackPane(chart, empty));
        root.setRight(effects);
        root.setBottom(hint);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void initListeners() {
        viewModel.rangeProperty().bind(range.rangeProperty());
        viewModel.dataProperty().addListener((o, was, now) -> showData());
        viewModel.computingProperty().addListener((o, was, now) -> showData());
        viewModel.chartProperty().addListener((o, was, now) -> showData());
        metric.metricProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.metricProperty().set(now);
            }
        });
        viewModel.metricProperty().addListener((o, was, now) -> {
            metric.metricProperty().set(now);
            fillSecond();
        });
        second.metricProperty().addListener((o, was, now) -> viewModel.secondProperty().set(now));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.getTarget() instanceof ForestPane) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, RIGHT -> chart.moveCursor(e.getCode() == KeyCode.LEFT ? -1 : 1);
            case ENTER -> viewModel.open(chart.cursor());
            default -> {
                ZoomKeys.handle(e, zoom);
                return;
            }
        }
        e.consume();
    }

    /** The second metric's choices: none, or any metric but the first. */
    private void fillSecond() {
        DayMetric chosen = viewModel.secondProperty().get();
        second.metricProperty().set(chosen == viewModel.metricProperty().get() ? null : chosen);
        second.setMetrics(viewModel.secondMetrics());
    }

    /** Brings the metric boxes, the range's bounds and the empty message in line with what is computed. */
    private void showData() {
        TrendsData d = viewModel.dataProperty().get();
        if (!metric.metrics().containsAll(d.available()) || metric.metrics().size() != d.available().size()) {
            metric.metricProperty().set(viewModel.metricProperty().get());
            metric.setMetrics(d.available());
            fillSecond();
        }
        if (!java.util.Objects.equals(range.bounds(), d.span())) {
            range.setBounds(d.span());
        }
        boolean computing = viewModel.computingProperty().get();
        empty.setText(computing ? "Computing the trends…" : d.isEmpty()
                ? "No day metrics loaded. Open your Oura files to see your trends." : "");
        empty.setVisible(computing && viewModel.chartProperty().get() == null || !computing && d.isEmpty());
        chart.setVisible(!d.isEmpty());
    }
}
