package org.ouraviewer.ui.chart;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouraviewer.chart.NightNumbers;

/**
 * A chart's numbers beside it (the Night tab's, the Day tab's): a titled grid per section, the same rows the
 * exports draw. Styled alike by app.css ({@code chart-numbers}, {@code -title}, {@code -grid}, {@code -label}),
 * and per tab: {@code <prefix>-numbers}, {@code -title}, {@code -grid}, {@code -label}, {@code -value}.
 */
public final class NumbersPane extends VBox {
    private final String style;

    /** {@code prefix}: the tab's style-class prefix, {@code "night"} or {@code "day"}. */
    public NumbersPane(String prefix) {
        style = prefix + "-numbers";
        getStyleClass().addAll("chart-numbers", style);
    }

    /** Shows {@code sections}, or nothing for null. */
    public void show(List<NightNumbers.Section> sections) {
        getChildren().clear();
        if (sections == null) {
            return;
        }
        for (NightNumbers.Section section : sections) {
            Label title = new Label(section.title());
            title.getStyleClass().addAll("chart-numbers-title", style + "-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().addAll("chart-numbers-grid", style + "-grid");
            ColumnConstraints labels = new ColumnConstraints();
            labels.setHgrow(Priority.ALWAYS);
            ColumnConstraints values = new ColumnConstraints();
            values.setHalignment(HPos.RIGHT);
            values.setMinWidth(Region.USE_PREF_SIZE); // a value is never cut short; a long label is
            grid.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (NightNumbers.Row r : section.rows()) {
                Label label = new Label(r.label());
                label.getStyleClass().addAll("chart-numbers-label", style + "-label");
                Label value = new Label(r.value());
                value.getStyleClass().add(style + "-value");
                grid.addRow(row++, label, value);
            }
            getChildren().addAll(title, grid);
        }
    }
}
