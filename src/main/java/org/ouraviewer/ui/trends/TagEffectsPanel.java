package org.ouraviewer.ui.trends;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.common.Viewports;

/**
 * Beside the trend chart: what each tag goes with in the first metric, as a forest plot ({@link ForestPane}),
 * with the lag to compare at, a sentence on what the intervals mean, and which tag's days are marked.
 */
final class TagEffectsPanel extends VBox {
    static final String MEANING = "Each bar is the 95 % interval of the difference of means, the range where the "
            + "true difference probably lies; a bar clear of zero shows the tag goes with a change, not proof that it "
            + "causes it.";

    private final TrendsViewModel viewModel;
    private final Label title = new Label();
    private final Label chosen = new Label();

    TagEffectsPanel(TrendsViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        getStyleClass().add("tag-effects");
        title.getStyleClass().add("tag-effects-title");
        title.setWrapText(true);
        ChoiceBox<Integer> lag = new ChoiceBox<>(FXCollections.observableArrayList(TrendsData.LAGS));
        lag.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : "Compare " + TrendsViewModel.lagWords(n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        lag.valueProperty().bindBidirectional(viewModel.lagProperty());
        lag.getStyleClass().add("tag-effects-lag");
        lag.setTooltip(new Tooltip("Which day's value counts as \"with\" the tag: the tag's own day, the night after "
                + "(Oura counts a night for the day it ends on), or two nights after"));
        Label legend = new Label("Difference of means with the tag, and its 95 % interval; faint: fewer than "
                + TagEffect.FEW + " nights");
        legend.getStyleClass().add("tag-effects-note");
        legend.setWrapText(true);
        ForestPane forest = new ForestPane(viewModel, dark);
        ScrollPane scroll = Viewports.uncached(new ScrollPane(forest));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("tag-effects-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label meaning = new Label(MEANING);
        meaning.getStyleClass().add("tag-effects-note");
        meaning.setWrapText(true);
        chosen.getStyleClass().add("tag-effects-chosen");
        chosen.setWrapText(true);
        getChildren().addAll(title, new HBox(lag), legend, scroll, chosen, meaning);
        viewModel.metricProperty().addListener((o, was, now) -> update());
        viewModel.tagProperty().addListener((o, was, now) -> update());
        viewModel.lagProperty().addListener((o, was, now) -> update());
        viewModel.effectsProperty().addListener((o, was, now) -> update());
        update();
    }

    private void update() {
        DayMetric m = viewModel.metricProperty().get();
        title.setText(m == null ? "Tag effects" : "What tags go with: " + m.label().toLowerCase(java.util.Locale.ROOT));
        String tag = viewModel.tagProperty().get();
        int lag = viewModel.lagProperty().get();
        chosen.setText(tag == null ? (viewModel.effectsProperty().get().isEmpty() ? ""
                : "Click a tag to mark its days on the chart.")
                : tag + ": " + TrendsViewModel.lagWords(lag) + " marked on the chart. Click it again or press "
                + "Escape to clear.");
    }
}
