package org.ouraviewer.ui.fetch;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A progress line: an icon for the state, the kind's name, and what happened to it. */
final class KindRowCell extends ListCell<KindRow> {
    private static final Map<KindRow.State, Ikon> ICONS = Map.of(
            KindRow.State.WAITING, MaterialDesignC.CLOCK_OUTLINE,
            KindRow.State.FETCHING, MaterialDesignD.DOWNLOAD,
            KindRow.State.SAVED, MaterialDesignC.CHECK_CIRCLE,
            KindRow.State.SKIPPED, MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE,
            KindRow.State.STOPPED, MaterialDesignC.CLOSE_CIRCLE_OUTLINE);

    private final FontIcon icon = new FontIcon();
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
        icon.setIconCode(ICONS.get(row.state()));
        icon.getStyleClass().setAll("fetch-state-icon", "fetch-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
        name.setText(row.name());
        detail.setText(row.detail());
    }
}
