package org.ouraviewer.ui.table;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.CheckComboBox;

/**
 * A {@link CheckComboBox} over the values present in the data (with their counts), writing the checked
 * values into a view-model's set. Its title says what is shown: "All activities", the one value checked,
 * or how many. A new load replaces the choices and clears the checks. FX thread only.
 */
public final class CheckFilter<C> {
    private final CheckComboBox<C> box = new CheckComboBox<>();
    private final ObservableList<C> choices;
    private final ObservableSet<String> selected;
    private final Function<C, String> label;
    private final String allTitle;
    private final String plural;
    private boolean replacing;

    /**
     * @param allTitle the title when nothing is checked ("All tags")
     * @param plural   the noun after a count ("tags")
     */
    public CheckFilter(ObservableList<C> choices, ObservableSet<String> selected, Function<C, String> label,
                       String allTitle, String plural, String tooltip) {
        this.choices = choices;
        this.selected = selected;
        this.label = label;
        this.allTitle = allTitle;
        this.plural = plural;
        box.setTooltip(new Tooltip(tooltip));
        box.getItems().setAll(choices);
        choices.addListener((ListChangeListener<C>) c -> replaceChoices());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<C>) c -> {
            if (!replacing) {
                List<String> checked = checkedLabels();
                selected.retainAll(checked);
                selected.addAll(checked);
            }
            updateTitle();
        });
        updateTitle();
    }

    public CheckComboBox<C> node() {
        return box;
    }

    public void clear() {
        box.getCheckModel().clearChecks();
    }

    private void replaceChoices() {
        replacing = true;
        try {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(choices);
        } finally {
            replacing = false;
        }
        selected.clear();
        updateTitle();
    }

    private List<String> checkedLabels() {
        return box.getCheckModel().getCheckedItems().stream().map(label).toList();
    }

    private void updateTitle() {
        List<String> checked = checkedLabels();
        box.setTitle(checked.isEmpty() ? allTitle : checked.size() == 1 ? checked.get(0) : checked.size() + " " + plural);
    }
}
