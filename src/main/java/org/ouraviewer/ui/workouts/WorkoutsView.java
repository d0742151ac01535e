package org.ouraviewer.ui.workouts;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.ui.table.CheckFilter;
import org.ouraviewer.ui.table.RowLoader;
import org.ouraviewer.ui.table.DayRow;
import org.ouraviewer.ui.table.RowTable;
import org.ouraviewer.ui.table.TableControls;

/**
 * The Workouts tab: every workout in a table, filtered by activity, intensity and dates, with the totals
 * of the rows shown; double-click or Enter opens the day in the Night tab.
 */
public final class WorkoutsView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Enter or double-click", "Open the row's day in the Night tab"),
            new KeyHelp("Ctrl+C", "Copy the selected rows"));

    private final ViewContext context;
    private final AppModel app;
    private final WorkoutsViewModel viewModel = new WorkoutsViewModel();
    private final RowTable<WorkoutRow> table;
    private final CheckFilter<WorkoutsViewModel.Choice> activityFilter = new CheckFilter<>(
            viewModel.activityChoices(), viewModel.selectedActivities(), WorkoutsViewModel.Choice::label,
            "All activities", "activities", "Show only the checked activities");
    private final CheckFilter<WorkoutsViewModel.Choice> intensityFilter = new CheckFilter<>(
            viewModel.intensityChoices(), viewModel.selectedIntensities(), WorkoutsViewModel.Choice::label,
            "All intensities", "intensities", "Show only the checked intensities");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final RowLoader<WorkoutRow> rowLoader;
    private final BorderPane root;

    public WorkoutsView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.rowLoader = new RowLoader<>(context.background(), WorkoutsViewModel::rows, viewModel::setRows);
        table = new RowTable<>(viewModel.table(), viewModel.emptyMessage(), DayRow.opener(app));
        root = createView();
        initListeners();
        rowLoader.load(app.data());
        table.sortBy(0, false);
        table.setColumnWidths(10, 8.5, 8.5, 6, 10, 7, 9.5, 9, 9, 16);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Export> export() {
        return viewModel.export();
    }

    private BorderPane createView() {
        from.setPromptText("From day");
        to.setPromptText("To day");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.setTooltip(new Tooltip("The first day shown (empty: no limit)"));
        to.setTooltip(new Tooltip("The last day shown (empty: no limit)"));
        Label count = TableControls.label("table-count");
        count.textProperty().bind(viewModel.countText());
        // the totals start with the count; the count says more only when filters hide rows
        count.visibleProperty().bind(viewModel.table().shownCount().isNotEqualTo(viewModel.table().totalCount()));
        Label totals = TableControls.label("table-totals");
        totals.textProperty().bind(viewModel.totalsProperty().map(WorkoutTotals::text));
        totals.setTooltip(new Tooltip("Totals of the workouts shown: count, time, calories, distance"));
        return TableControls.pane(
                TableControls.toolbar(activityFilter.node(), intensityFilter.node(), from, new Label("–"), to,
                        TableControls.clearFiltersButton(this::clearFilters), TableControls.spacer(),
                        TableControls.exportButton(viewModel.table(), this, context)),
                table,
                TableControls.status(totals, count));
    }

    private void initListeners() {
        app.loadedProperty().addListener((o, a, b) -> rowLoader.load(b.data()));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
    }

    private void clearFilters() {
        activityFilter.clear();
        intensityFilter.clear();
        viewModel.clearFilters();
    }
}
