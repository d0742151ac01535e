package org.ouraviewer.ui.table;

import java.net.URL;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.ViewContext;

/** The parts the two table tabs share: their stylesheet, toolbar and status line, and buttons. */
public final class TableControls {
    private static final String STYLESHEET = "tables.css";

    private TableControls() {
    }

    /** A tab's root: the toolbar above the table, the status line below, the tables' stylesheet. */
    public static BorderPane pane(HBox toolbar, RowTable<?> table, HBox status) {
        BorderPane root = new BorderPane(table.node());
        root.setTop(toolbar);
        root.setBottom(status);
        root.getStyleClass().add("table-pane");
        URL css = TableControls.class.getResource(STYLESHEET);
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        return root;
    }

    public static HBox toolbar(javafx.scene.Node... children) {
        HBox box = new HBox(children);
        box.getStyleClass().add("table-toolbar");
        return box;
    }

    public static HBox status(javafx.scene.Node... children) {
        HBox box = new HBox(children);
        box.getStyleClass().add("table-status");
        return box;
    }

    /** Fills the free width of a bar, pushing what follows to the right. */
    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    /**
     * Export CSV…: the tab's export ({@link CsvExport}), as File ▸ Export… runs it; greyed out while no row
     * is shown.
     */
    public static Button exportButton(RowTableModel<?> table, Exportable view, ViewContext context) {
        Button b = new Button("Export CSV…", Icons.EXPORT_CSV.node());
        b.setTooltip(new Tooltip("Save the rows shown, in their order, as a CSV file"));
        b.disableProperty().bind(table.shownCount().isEqualTo(0));
        b.setOnAction(e -> ExportCommand.run(view, context));
        return b;
    }

    public static Button clearFiltersButton(Runnable action) {
        Button b = new Button("Clear filters", Icons.CLEAR_FILTERS.node());
        b.setTooltip(new Tooltip("Show every row again"));
        b.setOnAction(e -> action.run());
        return b;
    }
}
