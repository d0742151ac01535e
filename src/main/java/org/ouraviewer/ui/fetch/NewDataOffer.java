package org.ouraviewer.ui.fetch;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.ouraviewer.ui.common.AppModel;

/**
 * After start-up, when signed in to Oura: a notice offering to fetch what is new. It never fetches by
 * itself; its button does what File ▸ Fetch new data does.
 */
public final class NewDataOffer {
    private NewDataOffer() {
    }

    /** Shows the offer over {@code owner} if a sign-in is stored; returns whether it did. */
    public static boolean showIfSignedIn(Window owner, AppModel model) {
        if (!FetchDialog.signedIn()) {
            return false;
        }
        Notifications.create()
                .owner(owner)
                .title("Oura")
                .text("You are signed in to Oura. Fetch what is new since the last download?")
                .action(new Action("Fetch new data", e -> FetchDialog.showAndFetchNew(owner, model)))
                .hideAfter(Duration.seconds(20))
                .showInformation();
        return true;
    }
}
