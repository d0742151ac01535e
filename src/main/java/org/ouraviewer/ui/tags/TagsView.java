package org.ouraviewer.ui.tags;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.textfield.TextFields;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.table.CheckFilter;
import org.ouraviewer.ui.table.RowLoader;
import org.ouraviewer.ui.table.DayRow;
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
    private final CheckFilter<TagsViewModel.TagChoice> tagFilter = new CheckFilter<>(viewModel.choices(),
            viewModel.selectedTags(), TagsViewModel.TagChoice::label, "All tags", "tags",
            "Show only rows with the checked tags");
    private final Label message = TableControls.label("table-message");
    private final RowLoader<TagRow> rowLoader = new RowLoader<>(TagsViewModel::rows, viewModel::setRows);
    private final BorderPane root;

    public TagsView(AppModel model) {
        this.model = model;
        table = new RowTable<>(viewModel.table(), viewModel.emptyMessage(), DayRow.opener(model));
        root = createView();
        initListeners();
        rowLoader.load(model.data());
        table.sortBy(0, false);
        table.setColumnWidths(9, 8, 14, 6, 40);
    }

    public Node node() {
        return root;
    }

    private BorderPane createView() {
        search.setPromptText("Search tags and text");
        search.setPrefColumnCount(22);
        search.setTooltip(new Tooltip("Rows containing every word typed, in their tags, codes, text or day (Ctrl+F)"));
        Label count = TableControls.label("table-count");
        count.textProperty().bind(viewModel.countText());
        return TableControls.pane(
                TableControls.toolbar(search, tagFilter.node(), TableControls.clearFiltersButton(this::clearFilters),
                        TableControls.spacer(),
                        TableControls.exportButton(viewModel.table(), "oura-tags.csv", message::setText)),
                table,
                TableControls.status(count, message));
    }

    private void initListeners() {
        model.loadedProperty().addListener((o, a, b) -> {
            rowLoader.load(b.data());
            message.setText("");
        });
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (find.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
    }

    private void clearFilters() {
        search.clear();
        tagFilter.clear();
    }
}
