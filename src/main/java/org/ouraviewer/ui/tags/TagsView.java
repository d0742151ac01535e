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
 * The Tags tab: every {@code tag} and {@code enhanced_tag} in a table, with a text search and a tag
 * filter; double-click or Enter opens the day in the Night tab.
 */
public final class TagsView implements TabView, Exportable {
    /** The keys the tab answers to, for the keyboard help. */
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Ctrl+F", "Search the tags and their text"),
            new KeyHelp("Enter or double-click", "Open the row's day in the Night tab"),
            new KeyHelp("Ctrl+C", "Copy the selected rows"));

    private final ViewContext context;
    private final AppModel app;
    private final TagsViewModel viewModel = new TagsViewModel();
    private final RowTable<TagRow> table;
    private final TextField search = TextFields.createClearableTextField();
    private final CheckFilter<TagsViewModel.TagChoice> tagFilter = new CheckFilter<>(viewModel.choices(),
            viewModel.selectedTags(), TagsViewModel.TagChoice::label, "All tags", "tags",
            "Show only rows with the checked tags");
    private final RowLoader<TagRow> rowLoader;
    private final BorderPane root;

    public TagsView(ViewContext context) {
        this.context = context;
        this.app = context.app();
        this.rowLoader = new RowLoader<>(context.background(), TagsViewModel::rows, viewModel::setRows);
        table = new RowTable<>(viewModel.table(), viewModel.emptyMessage(), DayRow.opener(app));
        root = createView();
        initListeners();
        rowLoader.load(app.data());
        table.sortBy(0, false);
        table.setColumnWidths(10, 8, 14, 6, 40);
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
        search.setPromptText("Search tags and text");
        search.setPrefColumnCount(22);
        search.setTooltip(new Tooltip("Rows containing every word typed, in their tags, codes, text or day (Ctrl+F)"));
        Label count = TableControls.label("table-count");
        count.textProperty().bind(viewModel.countText());
        return TableControls.pane(
                TableControls.toolbar(search, tagFilter.node(), TableControls.clearFiltersButton(this::clearFilters),
                        TableControls.spacer(),
                        TableControls.exportButton(viewModel.table(), this, context)),
                table,
                TableControls.status(count));
    }

    private void initListeners() {
        app.loadedProperty().addListener((o, a, b) -> rowLoader.load(b.data()));
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
