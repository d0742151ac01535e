package org.ouraviewer.ui.fetch;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.ouraviewer.ui.common.AppModel;

/** File ▸ Fetch with a token… (Placeholder until the fetch issue is built.) */
public final class FetchDialog {
    private FetchDialog() {
    }

    /** Opens the dialog; what it fetches is saved, then loaded through {@link AppModel#load}. */
    public static void show(Window owner, AppModel model) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Fetching is not built yet.");
        alert.initOwner(owner);
        alert.show();
    }
}
