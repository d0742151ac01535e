package org.ouraviewer.ui.day;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouraviewer.chart.NightNumbers;

/** Every number of the day beside the chart: a titled grid per section, the rows the exports draw. */
final class DayNumbersPane extends VBox {
    DayNumbersPane() {
        getStyleClass().add("day-numbers");
    }

    void show(List<NightNumbers.Section> sections) {
        getChildren().clear();
        for (NightNumbers.Section section : sections) {
            Label title = new Label(section.title());
            title.getStyleClass().add("day-numbers-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("day-numbers-grid");
            ColumnConstraints labels = new ColumnConstraints();
            labels.setHgrow(Priority.ALWAYS);
            ColumnConstraints values = new ColumnConstraints();
            values.setHalignment(HPos.RIGHT);
            values.setMinWidth(Region.USE_PREF_SIZE); // a value is never cut short; a long label is
            grid.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (NightNumbers.Row r : section.rows()) {
                Label label = new Label(r.label());
                label.getStyleClass().add("day-numbers-label");
                Label value = new Label(r.value());
                value.getStyleClass().add("day-numbers-value");
                grid.addRow(row++, label, value);
            }
            getChildren().addAll(title, grid);
        }
    }
}
