package org.ouraviewer.ui.night;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouraviewer.chart.NightNumbers;

/** The night's numbers beside the chart: a titled grid per section, the same rows the exports draw. */
final class NumbersPane extends VBox {
    NumbersPane() {
        getStyleClass().add("night-numbers");
    }

    void show(NightNumbers numbers) {
        getChildren().clear();
        if (numbers == null) {
            return;
        }
        for (NightNumbers.Section section : numbers.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("night-numbers-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("night-numbers-grid");
            ColumnConstraints labels = new ColumnConstraints();
            labels.setHgrow(Priority.ALWAYS);
            ColumnConstraints values = new ColumnConstraints();
            values.setHalignment(HPos.RIGHT);
            values.setMinWidth(Region.USE_PREF_SIZE); // a value is never cut short; a long label is
            grid.getColumnConstraints().addAll(labels, values);
            int row = 0;
            for (NightNumbers.Row r : section.rows()) {
                Label label = new Label(r.label());
                label.getStyleClass().add("night-numbers-label");
                Label value = new Label(r.value());
                value.getStyleClass().add("night-numbers-value");
                grid.addRow(row++, label, value);
            }
            getChildren().addAll(title, grid);
        }
    }
}
