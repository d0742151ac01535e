package org.ouraviewer.ui.workouts;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.table.CheckFilter;
import org.ouraviewer.ui.table.RowLoader;
import org.ouraviewer.ui.table.DayRow;
import org.ouraviewer.ui.table.RowTable;
import org.ouraviewer.ui.table.TableControls;

/**
 * The Workouts tab: every workout in a table, filtered by activity, intensity and dates, with the totals
 * of the rows shown; double-click or Enter opens the day in the Night tab.
 */
public final class WorkoutsView {
    private final AppModel model;
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
    private final Label message = TableControls.label("table-message");
    private final RowLoader<WorkoutRow> rowLoader = new RowLoader<>(WorkoutsViewModel::rows, viewModel::setRows);
    private final BorderPane root;

    public WorkoutsView(AppModel model) {
        this.model = model;
        table = new RowTable<>(viewModel.table(), viewModel.emptyMessage(), DayRow.opener(model));
        root = createView();
        initListeners();
        rowLoader.load(model.data());
        table.sortBy(0, false);
        table.setColumnWidths(9, 7.5, 7.5, 6, 10, 7, 9.5, 9, 9, 16);
    }

    public Node node() {
        return root;
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
                        TableControls.exportButton(viewModel.table(), "oura-workouts.csv", message::setText)),
                table,
                TableControls.status(totals, count, message));
    }

    private void initListeners() {
        model.loadedProperty().addListener((o, a, b) -> {
            rowLoader.load(b.data());
            message.setText("");
        });
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
    }

    private void clearFilters() {
        activityFilter.clear();
        intensityFilter.clear();
        viewModel.clearFilters();
    }
}
