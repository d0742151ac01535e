package org.ouraviewer.ui.fetch;

import java.nio.file.Path;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.common.AppModel;

/**
 * After start-up, when signed in to Oura: a notice offering to fetch what is new. It never fetches by
 * itself; a click on it does what File ▸ Fetch new data does.
 */
public final class NewDataOffer {
    static final String TEXT = "You are signed in to Oura.\nClick here to fetch what is new since the last download.";

    private NewDataOffer() {
    }

    /** Shows the offer over {@code owner} if a sign-in is stored; returns whether it did. */
    public static boolean showIfSignedIn(Window owner, AppModel model) {
        return showIfSignedIn(owner, model, AppDirs.config());
    }

    static boolean showIfSignedIn(Window owner, AppModel model, Path configDir) {
        if (!new CredentialStore(configDir).signedIn()) {
            return false;
        }
        Notifications.create()
                .owner(owner)
                .title("Oura")
                .text(TEXT)
                // A click, not a button: a button in the notice would take the keyboard focus, and an Enter
                // meant for the window would fetch.
                .onAction(e -> FetchDialog.showAndFetchNew(owner, model))
                .hideAfter(Duration.seconds(20))
                .showInformation();
        return true;
    }
}
