package org.ouraviewer.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.MetricGroup;

/**
 * A choice among {@link DayMetric}s, listed by {@link MetricGroup} (Sleep, Readiness, Activity, Heart, Stress)
 * and searched by typing: ControlsFX's searchable combo box, whose list keeps the metrics that contain every word
 * typed, in their label or their group's ("heart" keeps the Heart group). The group's name heads the first metric
 * of each group in the list as shown (so it follows the search), inside that metric's row: a header is never a
 * row of its own, so arrows and Enter only ever land on a metric. Keys: type to search, Up/Down to move, Enter to
 * choose, Escape to go back to the metric chosen before.
 *
 * <p>It may offer "none" too (a second metric that is optional): {@link #metricProperty()} is then null.
 */
public final class MetricPicker extends SearchableComboBox<MetricPicker.Choice> {
    /** A row of the list: a metric, or none ({@code metric} null). */
    public record Choice(DayMetric metric) {
        public static final Choice NONE = new Choice(null);
    }

    private final String noneText;
    private final ObjectProperty<DayMetric> metric = new SimpleObjectProperty<>(this, "metric");

    /** A picker; {@code noneText} names the "none" row ("No second metric"), null when a metric is required. */
    public MetricPicker(String noneText) {
        this.noneText = noneText;
        getStyleClass().add("metric-picker");
        getStylesheets().add(MetricPicker.class.getResource("metric-picker.css").toExternalForm());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return searchText(c);
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        setCellFactory(list -> new MetricCell(true));
        setButtonCell(new MetricCell(false));
        setVisibleRowCount(16);
        valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                metric.set(now.metric());
            }
        });
        metric.addListener((o, was, now) -> setValue(choiceOf(now)));
    }

    /**
     * Offers {@code metrics} (and none, when it may), in group order and, within a group, in the order given;
     * keeps the metric chosen when it is still offered.
     */
    public void setMetrics(List<DayMetric> metrics) {
        List<Choice> choices = new ArrayList<>();
        if (noneText != null) {
            choices.add(Choice.NONE);
        }
        metrics.stream().sorted(Comparator.comparing(DayMetric::group)).map(Choice::new).forEach(choices::add);
        if (!choices.equals(getItems())) {
            getItems().setAll(choices);
        }
        setValue(choiceOf(metric.get()));
    }

    /** The metrics offered, in the order listed. */
    public List<DayMetric> metrics() {
        return getItems().stream().map(Choice::metric).filter(Objects::nonNull).toList();
    }

    /** The metric chosen; null for none (or before any is offered). */
    public ObjectProperty<DayMetric> metricProperty() {
        return metric;
    }

    private Choice choiceOf(DayMetric m) {
        return m == null ? (noneText == null ? null : Choice.NONE) : new Choice(m);
    }

    /** What the search looks in: the label and the group ("Heart · Lowest heart rate"). */
    String searchText(Choice c) {
        if (c == null) {
            return "";
        }
        return c.metric() == null ? noneText : c.metric().group().label() + " · " + c.metric().label();
    }

    /** A row: the metric's label; in the list, under its group's name when it is the group's first row shown. */
    private final class MetricCell extends ListCell<Choice> {
        private final boolean inList;
        private final Label header = new Label();
        private final Label name = new Label();
        private final VBox headed = new VBox(header, name);

        MetricCell(boolean inList) {
            this.inList = inList;
            header.getStyleClass().add("metric-group-header");
            name.getStyleClass().add("metric-name");
            headed.getStyleClass().add("metric-headed");
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("metric-in-group");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String text = item.metric() == null ? noneText : item.metric().label();
            MetricGroup group = item.metric() == null ? null : item.metric().group();
            if (!inList || group == null) {
                setText(text);
                setGraphic(null);
                return;
            }
            getStyleClass().add("metric-in-group");
            if (startsGroup(group)) {
                header.setText(group.label());
                name.setText(text);
                setText(null);
                setGraphic(headed);
            } else {
                setText(text);
                setGraphic(null);
            }
        }

        private boolean startsGroup(MetricGroup group) {
            int i = getIndex();
            List<Choice> items = getListView() == null ? List.of() : getListView().getItems();
            if (i <= 0 || i > items.size()) {
                return true;
            }
            Choice before = items.get(i - 1);
            return before == null || before.metric() == null || before.metric().group() != group;
        }
    }
}
