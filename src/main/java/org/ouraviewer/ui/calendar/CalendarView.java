package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.MetricPicker;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;

/**
 * The Calendar tab: months of days coloured by the chosen metric, a legend, and the year at a glance.
 * Click or Enter opens the day's night; arrows, Page Up/Down, Home and End move the selection.
 */
public final class CalendarView implements TabView {
    /** The keys {@link #onKey} answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Arrows", "Previous or next day, week"),
            new KeyHelp("Page Up, Page Down", "Previous or next month"),
            new KeyHelp("Home, End", "First or last day with data"),
            new KeyHelp("Enter or click", "Open the day's night"),
            new KeyHelp("D", "Open the day's activity in the Day tab (or right-click the day)"));

    private final AppModel app;
    private final CalendarViewModel viewModel = new CalendarViewModel();
    private final BorderPane root = new BorderPane();
    private final MetricPicker metrics = new MetricPicker(null);
    private final MonthsPane months;
    private final YearStrip yearStrip;
    private final CalendarLegend legend = new CalendarLegend();
    private boolean repaintPending;
    /** The legend changes only with the metric or the data, not with every move. */
    private int legendRevision = -1;

    public CalendarView(ViewContext context) {
        this.app = context.app();
        this.months = new MonthsPane(viewModel, this::open);
        this.yearStrip = new YearStrip(viewModel, context.appearance().darkProperty());
        createView();
        initListeners();
        showData(app.loaded());
    }

    private void createView() {
        root.getStyleClass().add("calendar-view");
        metrics.getStyleClass().add("calendar-metric");
        metrics.setTooltip(new Tooltip("The metric the days are coloured by. Type to search"));
        Button previous = iconButton(Icons.PREVIOUS, "Previous month (Page Up)", () -> viewModel.moveMonths(-1));
        Button next = iconButton(Icons.NEXT, "Next month (Page Down)", () -> viewModel.moveMonths(1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Click a day or press Enter to open its night");
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(metrics, spacer, hint, previous, next);
        bar.getStyleClass().add("calendar-bar");
        months.setFocusTraversable(true);
        VBox bottom = new VBox(legend, yearStrip);
        bottom.getStyleClass().add("calendar-bottom");
        root.setTop(bar);
        root.setCenter(months);
        root.setBottom(bottom);
    }

    private Button iconButton(Icons icon, String tip, Runnable action) {
        Button b = new Button(null, icon.node());
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            action.run();
            months.requestFocus();
        });
        return b;
    }

    private void initListeners() {
        app.loadedProperty().addListener((obs, old, now) -> showData(now));
        viewModel.selectedDayProperty().bindBidirectional(app.dayProperty());
        viewModel.revisionProperty().addListener((obs, o, n) -> requestRepaint());
        viewModel.firstMonthProperty().addListener((obs, o, n) -> requestRepaint());
        viewModel.selectedDayProperty().addListener((obs, o, n) -> requestRepaint());
        metrics.metricProperty().set(viewModel.metricProperty().get());
        metrics.metricProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.metricProperty().set(now);
            }
        });
        viewModel.metricProperty().addListener((obs, old, now) -> metrics.metricProperty().set(now));
        months.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        months.setOnMouseClicked(e -> months.requestFocus());
        months.setOnContextMenuRequested(this::onContextMenu);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> viewModel.moveDays(-1);
            case RIGHT -> viewModel.moveDays(1);
            case UP -> viewModel.moveDays(-7);
            case DOWN -> viewModel.moveDays(7);
            case PAGE_UP -> viewModel.moveMonths(-1);
            case PAGE_DOWN -> viewModel.moveMonths(1);
            case HOME -> viewModel.moveToFirst();
            case END -> viewModel.moveToLast();
            case ENTER, SPACE -> {
                LocalDate day = viewModel.selectedDayProperty().get();
                if (day != null) {
                    app.openDay(day);
                }
            }
            case D -> {
                LocalDate day = viewModel.selectedDayProperty().get();
                if (day != null && !e.isShortcutDown()) {
                    app.openActivityDay(day);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Right-click on a day: open its night or its activity day. */
    private void onContextMenu(ContextMenuEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && !(n instanceof DayCellView)) {
            n = n.getParent();
        }
        LocalDate day = n == null ? null : ((DayCellView) n).day();
        if (day == null) {
            return;
        }
        viewModel.select(day);
        MenuItem night = new MenuItem("Open the night");
        night.setOnAction(a -> app.openDay(day));
        MenuItem activity = new MenuItem("Open the activity day");
        activity.setOnAction(a -> app.openActivityDay(day));
        new ContextMenu(night, activity).show(months, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void open(LocalDate day) {
        viewModel.select(day);
        app.openDay(day);
    }

    private void showData(LoadResult result) {
        viewModel.setData(result.data());
        List<DayMetric> available = viewModel.availableMetrics();
        if (!available.contains(viewModel.metricProperty().get())) {
            viewModel.metricProperty().set(available.get(0));
        }
        metrics.setMetrics(available);
        yearStrip.setYears(viewModel.years());
        repaint();
    }

    /** One repaint per burst of changes (a move can change the selection and the months on screen). */
    private void requestRepaint() {
        if (!repaintPending) {
            repaintPending = true;
            Platform.runLater(this::repaint);
        }
    }

    void repaint() {
        repaintPending = false;
        months.repaint();
        yearStrip.repaint();
        if (legendRevision != viewModel.revisionProperty().get()) {
            legendRevision = viewModel.revisionProperty().get();
            legend.show(viewModel.metricProperty().get(), viewModel.scale());
        }
    }

    /** The view-model, for tests and measurements. */
    CalendarViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Arrow keys work as soon as the calendar is shown, without a click first. */
    @Override
    public Node focusTarget() {
        return months;
    }
}
