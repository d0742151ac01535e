package org.ouraviewer.ui.night;

import javafx.stage.Window;
import org.ouraviewer.ui.common.AppModel;

/** File ▸ Export night… (Placeholder until the night issue is built.) */
public final class NightExport {
    private NightExport() {
    }

    /** Asks where and how to export the night of {@code model.dayProperty()}, then writes it. */
    public static void show(Window owner, AppModel model) {
    }
}
