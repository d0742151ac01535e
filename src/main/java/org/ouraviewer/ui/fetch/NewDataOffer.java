package org.ouraviewer.ui.fetch;

import java.nio.file.Path;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.work.AppThreads;

/**
 * After start-up, when signed in to Oura: a notice offering to fetch what is new. It never fetches by
 * itself; a click on it does what File ▸ Fetch new data does.
 */
public final class NewDataOffer {
    static final String TITLE = "Oura";
    static final String TEXT = "You are signed in to Oura.\nClick here to fetch what is new since the last download.";

    private NewDataOffer() {
    }

    /** Shows the offer through the context's dialogs if a sign-in is stored; returns whether it did. */
    public static boolean showIfSignedIn(ViewContext context, AppThreads threads) {
        return showIfSignedIn(context, AppDirs.config(), threads);
    }

    static boolean showIfSignedIn(ViewContext context, Path configDir, AppThreads threads) {
        if (!new CredentialStore(configDir).signedIn()) {
            return false;
        }
        // An offer the user clicks, never a button: an Enter meant for the window must not fetch.
        context.dialogs().offer(TITLE, TEXT, () -> FetchDialog.open(context, configDir, threads).fetchNew());
        return true;
    }
}
