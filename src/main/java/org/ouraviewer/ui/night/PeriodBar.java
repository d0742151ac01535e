package org.ouraviewer.ui.night;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.Durations;

/**
 * The Night tab's choice of what the chart shows: a toggle per period of the day and, with several, the whole
 * day. One is always chosen; the view model's selection decides which.
 */
final class PeriodBar extends HBox {
    private final NightViewModel viewModel;
    private final ToggleGroup toggles = new ToggleGroup();

    PeriodBar(NightViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("night-periods");
        viewModel.selectionProperty().addListener((o, was, now) -> selectToggle());
    }

    /** The toggles of the day's {@code periods}; none when it has none. */
    void show(List<SleepPeriod> periods) {
        getChildren().clear();
        toggles.getToggles().clear();
        if (!periods.isEmpty()) {
            Label label = new Label(periods.size() == 1 ? "Period:" : periods.size() + " periods:");
            label.getStyleClass().add("night-periods-label");
            getChildren().add(label);
            for (int i = 0; i < periods.size(); i++) {
                SleepPeriod p = periods.get(i);
                getChildren().add(toggle(p.type().label() + " " + Durations.clock(p.start()) + "–"
                        + Durations.clock(p.end()), HeaderText.describe(p), i));
            }
            if (periods.size() > 1) {
                getChildren().add(toggle("Whole day", "Every period of the day on one time axis",
                        NightViewModel.WHOLE_DAY));
            }
        }
        selectToggle();
    }

    private ToggleButton toggle(String text, String tooltip, int index) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(index);
        b.setToggleGroup(toggles);
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add("night-period");
        b.setOnAction(e -> {
            if (!b.isSelected()) {
                b.setSelected(true); // one period is always shown
            }
            viewModel.select(index);
        });
        return b;
    }

    private void selectToggle() {
        int selection = viewModel.selectionProperty().get();
        toggles.getToggles().forEach(t -> t.setSelected(Integer.valueOf(selection).equals(t.getUserData())));
    }
}
