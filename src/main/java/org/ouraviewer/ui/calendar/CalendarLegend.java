package org.ouraviewer.ui.calendar;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.ui.common.Icons;

/** What the colours and markers mean for the chosen metric, and where its bands come from. */
final class CalendarLegend extends FlowPane {
    CalendarLegend() {
        getStyleClass().add("calendar-legend");
    }

    void show(DayMetric metric, BandScale scale) {
        getChildren().clear();
        Label title = new Label(metric.description() + " (" + scale.note() + "):");
        title.getStyleClass().add("legend-title");
        getChildren().add(title);
        for (BandScale.LegendEntry e : scale.legend()) {
            getChildren().add(entry(swatch(PseudoClass.getPseudoClass(e.band().pseudoClass())), e.label()));
        }
        getChildren().add(entry(swatch(DayCellView.NO_VALUE), "no data"));
        getChildren().add(entry(marker(Icons.NAP, "nap-marker"), "naps"));
        getChildren().add(entry(marker(Icons.TAG, "tag-marker"), "tags"));
        getChildren().add(entry(marker(Icons.WORKOUT, "workout-marker"), "workouts"));
    }

    private static Node swatch(PseudoClass band) {
        Region r = new Region();
        r.getStyleClass().addAll("strip-cell", "legend-swatch");
        r.pseudoClassStateChanged(band, true);
        return r;
    }

    private static Node marker(Icons icon, String styleClass) {
        Node n = icon.node();
        n.getStyleClass().addAll("day-marker", styleClass);
        return n;
    }

    private static Node entry(Node graphic, String text) {
        HBox box = new HBox(graphic, new Label(text));
        box.getStyleClass().add("legend-entry");
        return box;
    }
}
