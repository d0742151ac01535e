package org.ouraviewer.ui.fetch;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.ouraviewer.ui.common.Icons;

/** A progress line: an icon for the state, the kind's name, and what happened to it. */
final class KindRowCell extends ListCell<KindRow> {
    private static final Map<KindRow.State, Icons> ICONS = Map.of(
            KindRow.State.WAITING, Icons.WAITING,
            KindRow.State.FETCHING, Icons.DOWNLOADING,
            KindRow.State.SAVED, Icons.SAVED,
            KindRow.State.SKIPPED, Icons.SKIPPED,
            KindRow.State.STOPPED, Icons.STOPPED);

    private final StackPane icon = new StackPane();
    private KindRow.State shownState;
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox box;
    private final ChangeListener<Object> refresh = (obs, old, now) -> show(getItem());

    KindRowCell() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        name.getStyleClass().add("fetch-kind-name");
        detail.getStyleClass().add("fetch-kind-detail");
        box = new HBox(8, icon, name, gap, detail);
        box.getStyleClass().add("fetch-kind-row");
    }

    @Override
    protected void updateItem(KindRow row, boolean empty) {
        KindRow previous = getItem();
        if (previous != null) {
            previous.stateProperty().removeListener(refresh);
            previous.detailProperty().removeListener(refresh);
        }
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        row.stateProperty().addListener(refresh);
        row.detailProperty().addListener(refresh);
        show(row);
        setGraphic(box);
    }

    private void show(KindRow row) {
        if (row == null) {
            return;
        }
        if (row.state() != shownState) {
            shownState = row.state();
            icon.getChildren().setAll(ICONS.get(row.state()).node("fetch-state-icon",
                    "fetch-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        name.setText(row.name());
        detail.setText(row.detail());
    }
}
