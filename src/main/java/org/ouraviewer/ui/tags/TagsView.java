package org.ouraviewer.ui.tags;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.table.CsvExport;
import org.ouraviewer.ui.table.RowTable;
import org.ouraviewer.ui.table.TableControls;

/**
 * The Tags tab: every {@code tag} and {@code enhanced_tag} in a table, with a text search and a tag
 * filter; double-click or Enter opens the day in the Night tab.
 */
public final class TagsView {
    private final AppModel model;
    private final TagsViewModel viewModel = new TagsViewModel();
    private final RowTable<TagRow> table;
    private final TextField search = TextFields.createClearableTextField();
    private final CheckComboBox<TagsViewModel.TagChoice> tagFilter = new CheckComboBox<>();
    private final Label message = TableControls.label("table-message");
    private final BorderPane root;
    private boolean syncingChoices;

    public TagsView(AppModel model) {
        this.model = model;
        table = new RowTable<>(viewModel.table(), viewModel.emptyMessage(), row -> {
            if (row.day() != null) {
                model.openDay(row.day());
            }
        });
        root = createView();
        initListeners();
        viewModel.setData(model.data());
        table.sortBy(0, false);
    }

    public Node node() {
        return root;
    }

    private BorderPane createView() {
        search.setPromptText("Search tags and text");
        search.setPrefColumnCount(22);
        search.setTooltip(new Tooltip("Rows containing every word typed, in their tags, codes, text or day"));
        tagFilter.setTitle("All tags");
        tagFilter.setTooltip(new Tooltip("Show only rows with the checked tags"));
        Label count = TableControls.label("table-count");
        count.textProperty().bind(viewModel.countText());
        return TableControls.pane(
                TableControls.toolbar(search, tagFilter, TableControls.clearFiltersButton(this::clearFilters),
                        TableControls.spacer(), TableControls.exportButton(this::export)),
                table,
                TableControls.status(count, message));
    }

    private void initListeners() {
        model.loadedProperty().addListener((o, a, b) -> {
            viewModel.setData(model.data());
            message.setText("");
        });
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        viewModel.choices().addListener((ListChangeListener<TagsViewModel.TagChoice>) c -> {
            syncingChoices = true;
            tagFilter.getCheckModel().clearChecks();
            tagFilter.getItems().setAll(viewModel.choices());
            syncingChoices = false;
            updateTitle();
        });
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<TagsViewModel.TagChoice>) c -> {
            if (!syncingChoices) {
                viewModel.selectedTags().retainAll(labels(tagFilter.getCheckModel().getCheckedItems()));
                viewModel.selectedTags().addAll(labels(tagFilter.getCheckModel().getCheckedItems()));
            }
            updateTitle();
        });
        tagFilter.getItems().setAll(viewModel.choices());
    }

    private void updateTitle() {
        List<TagsViewModel.TagChoice> checked = tagFilter.getCheckModel().getCheckedItems();
        tagFilter.setTitle(checked.isEmpty() ? "All tags"
                : checked.size() == 1 ? checked.get(0).label() : checked.size() + " tags");
    }

    private static List<String> labels(List<TagsViewModel.TagChoice> choices) {
        return choices.stream().map(TagsViewModel.TagChoice::label).toList();
    }

    private void clearFilters() {
        search.clear();
        tagFilter.getCheckModel().clearChecks();
    }

    private void export() {
        int rows = viewModel.table().visibleRows().size();
        CsvExport.show(root.getScene() == null ? null : root.getScene().getWindow(), "oura-tags.csv",
                viewModel.table().csv(), rows, message::setText);
    }
}
