package org.ouraviewer.ui.nights;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.common.Icons;

/**
 * The Nights tab's controls: the range of days (the shared range control), then the view (actogram or median
 * night), the tag (the nights after it, or its days marked), what to compare with, the single night laid over
 * the median, and how many nights each set holds.
 */
final class NightsToolbar {
    /** The tag chooser's entry for "no tag". */
    private static final String NO_TAG = "";
    private static final String OTHERS = "All other nights";
    private static final String NOTHING = "Nothing";

    private final NightsViewModel viewModel;
    private final HBox top;
    private final HBox controls = new HBox();
    private final VBox node;
    private final ComboBox<String> tag = new ComboBox<>();
    private final ChoiceBox<String> compare = new ChoiceBox<>(FXCollections.observableArrayList(OTHERS, NOTHING));
    private final HBox compareBox;
    private final Label single = new Label();
    private final HBox singleBox;
    private final Label counts = new Label();
    private boolean updating;

    NightsToolbar(NightsViewModel viewModel, DayRangeControl range) {
        this.viewModel = viewModel;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(range, spacer);
        top.getStyleClass().add("nights-toolbar");
        SegmentedButton mode = new SegmentedButton(modeButton("Actogram", NightsViewModel.Mode.ACTOGRAM,
                "One row a day on the clock it was recorded in, coloured by phase"),
                modeButton("Median night", NightsViewModel.Mode.MEDIAN,
                        "Heart rate, HRV and phases by time since bedtime, over the nights of the range"));
        tag.getStyleClass().add("nights-tag");
        tag.setTooltip(new Tooltip("A tag, named as in the Tags tab: the nights after its days, or its days marked"));
        compare.getStyleClass().add("nights-compare");
        Label compareLabel = new Label("Compare with:");
        compareBox = new HBox(compareLabel, compare);
        compareBox.getStyleClass().add("nights-compare-box");
        Button clear = new Button(null, Icons.CANCEL.node());
        clear.getStyleClass().add("nights-clear-single");
        clear.setTooltip(new Tooltip("Take the night off the median night"));
        clear.setOnAction(e -> viewModel.singleDayProperty().set(null));
        singleBox = new HBox(single, clear);
        singleBox.getStyleClass().add("nights-single");
        counts.getStyleClass().add("nights-counts");
        controls.getChildren().addAll(mode, tag, compareBox, singleBox, counts);
        // the controls keep their width; only the count gives way
        for (javafx.scene.control.Control c : List.of(tag, compare, clear, single, compareLabel)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        mode.getButtons().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        mode.setMinWidth(Region.USE_PREF_SIZE);
        controls.getStyleClass().add("nights-controls");
        node = new VBox(top, controls);
        bind();
    }

    private ToggleButton modeButton(String text, NightsViewModel.Mode m, String tooltip) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(m);
        b.getStyleClass().add("nights-mode");
        b.setTooltip(new Tooltip(tooltip));
        b.setSelected(viewModel.modeProperty().get() == m);
        b.setOnAction(e -> {
            b.setSelected(true); // one view is always shown
            viewModel.modeProperty().set(m);
        });
        viewModel.modeProperty().addListener((o, was, now) -> b.setSelected(now == m));
        return b;
    }

    private void bind() {
        tag.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                viewModel.tagProperty().set(now == null || now.isEmpty() ? null : now);
            }
        });
        compare.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                viewModel.compareProperty().set(OTHERS.equals(now));
            }
        });
        viewModel.tagNamesProperty().addListener((o, was, now) -> update());
        viewModel.tagProperty().addListener((o, was, now) -> update());
        viewModel.compareProperty().addListener((o, was, now) -> update());
        viewModel.modeProperty().addListener((o, was, now) -> update());
        viewModel.singleDayProperty().addListener((o, was, now) -> update());
        viewModel.contentProperty().addListener((o, was, now) -> update());
        update();
    }

    /** Brings the controls in line with the view-model. */
    private void update() {
        updating = true;
        try {
            boolean median = viewModel.modeProperty().get() == NightsViewModel.Mode.MEDIAN;
            tag.setConverter(converter(median));
            List<String> items = new ArrayList<>();
            items.add(NO_TAG);
            items.addAll(viewModel.tagNamesProperty().get());
            if (!tag.getItems().equals(items)) {
                tag.getItems().setAll(items);
            }
            String chosen = viewModel.tagProperty().get();
            tag.setValue(null);
            tag.setValue(chosen == null ? NO_TAG : chosen);
            compare.setValue(viewModel.compareProperty().get() ? OTHERS : NOTHING);
            show(compareBox, median);
            compareBox.setDisable(chosen == null);
            var day = viewModel.singleDayProperty().get();
            single.setText(day == null ? "" : "Over it: the night of " + day);
            show(singleBox, median && day != null);
            // the median night's lanes and legend give each set's number of nights
            counts.setText(median ? "" : counts());
        } finally {
            updating = false;
        }
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private String counts() {
        NightsViewModel.Content c = viewModel.contentProperty().get();
        return c == null ? "" : c.rows().nights() + " of " + c.rows().rows() + " days with sleep data";
    }

    private static StringConverter<String> converter(boolean median) {
        return new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null || name.isEmpty()) {
                    return median ? "All nights in the range" : "Every tag's days marked";
                }
                return median ? "Nights after " + name : name + " days marked";
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    /** Adds a node at the right of the top row (the Export button). */
    void addTrailing(Node node) {
        top.getChildren().add(node);
    }

    Node node() {
        return node;
    }
}
