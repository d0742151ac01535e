package org.ouraviewer.ui.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OAuthServers;
import org.ouraviewer.fetch.oauth.OuraApp;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.fetch.oauth.SignIn;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.Tasks;
import org.ouraviewer.work.AppThreads;

/**
 * The Oura connection of the "Get data from Oura" dialog, without any Node: signed out (the three steps:
 * the app's client id and secret, the redirect port), waiting for the browser, or signed in (to whom). The
 * sign-in runs in the background; the browser opens through {@code browser} (in the app, the window's
 * dialogs, which use HostServices). The client secret lives in {@link #clientSecretProperty()} until the
 * sign-in stores it. FX thread only.
 */
public final class SignInViewModel {
    /** Where the connection is. */
    public enum State { SIGNED_OUT, WAITING, SIGNED_IN }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.SIGNED_OUT);
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty clientSecret = new SimpleStringProperty(this, "clientSecret", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(OuraApp.DEFAULT_PORT));
    private final ReadOnlyStringWrapper connected = new ReadOnlyStringWrapper(this, "connected", "");
    private final ReadOnlyObjectWrapper<URI> authorizeUrl = new ReadOnlyObjectWrapper<>(this, "authorizeUrl");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final StringBinding redirectUri;
    private final BooleanBinding canSignIn;
    private final CredentialStore store;
    private final Consumer<URI> browser;
    private final AppThreads threads;
    private OAuthServers servers = new OAuthServers(OAuthServers.DEFAULT_AUTH, FetchSource.OURA.defaultBase());
    private boolean anyPort;
    private Tasks.ProgressTask<OuraCredential> task;

    public SignInViewModel(CredentialStore store, Consumer<URI> browser, AppThreads threads) {
        this.threads = threads;
        this.store = store;
        this.browser = browser;
        redirectUri = Bindings.createStringBinding(() -> validPort().map(p -> OuraApp.redirectUri(p).toString())
                .orElse("http://localhost:PORT/callback"), port);
        canSignIn = Bindings.createBooleanBinding(() -> state.get() == State.SIGNED_OUT
                        && FetchRequest.isPlausibleToken(clientId.get()) && FetchRequest.isPlausibleToken(clientSecret.get())
                        && validPort().isPresent(), state, clientId, clientSecret, port);
        store.app().ifPresent(app -> {
            clientId.set(app.clientId());
            port.set(String.valueOf(app.port() == 0 ? OuraApp.DEFAULT_PORT : app.port()));
        });
        reload();
    }

    /** Reads the stored sign-in again (another window or {@code oura-viewer login} may have changed it). */
    public void reload() {
        if (state.get() == State.WAITING) {
            return;
        }
        try {
            Optional<OuraCredential> stored = store.load();
            stored.ifPresentOrElse(this::showSignedIn, () -> state.set(State.SIGNED_OUT));
        } catch (IOException e) {
            state.set(State.SIGNED_OUT);
        }
    }

    private void showSignedIn(OuraCredential c) {
        connected.set("Connected to Oura" + (c.account() == null ? "" : " as " + c.account())
                + ", with your app " + c.clientId() + ".");
        state.set(State.SIGNED_IN);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public boolean signedIn() {
        return state.get() == State.SIGNED_IN;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    /** The redirect URI's port, as typed. */
    public StringProperty portProperty() {
        return port;
    }

    /** What to register with the app, exactly. */
    public StringBinding redirectUriProperty() {
        return redirectUri;
    }

    /** "Connected to Oura as …, with your app …." */
    public ReadOnlyStringProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** While waiting: the address opened in the browser, to open again or copy. */
    public ReadOnlyObjectProperty<URI> authorizeUrlProperty() {
        return authorizeUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    /** The private file the sign-in is kept in. */
    public Path credentialFile() {
        return store.file();
    }

    CredentialStore store() {
        return store;
    }

    /** Opens {@code address} in the user's browser (the app registration page, the sign-in page again). */
    public void open(URI address) {
        if (address != null) {
            browser.accept(address);
        }
    }

    /** For tests: other servers, and a redirect on any free port. */
    void useServers(OAuthServers other, boolean listenOnAnyPort) {
        servers = other;
        anyPort = listenOnAnyPort;
    }

    /**
     * Opens the browser at Oura's sign-in page and waits, on {@code executor}, for it to come back. The
     * listener starts here, on the FX thread (a folder check and a bind on localhost, both immediate), so the
     * address is shown and opened before anything waits; the wait (minutes) and the exchange run on
     * {@code executor}.
     */
    public void signIn(Executor executor) {
        if (!canSignIn.get()) {
            return;
        }
        OuraApp app = new OuraApp(clientId.get().strip(), anyPort ? 0 : validPort().orElseThrow());
        String secret = clientSecret.get().strip();
        SignIn pending;
        try {
            pending = SignIn.start(app, secret, servers, store, threads);
        } catch (FetchException e) {
            show(e.getMessage(), true);
            return;
        }
        state.set(State.WAITING);
        show("Waiting for Oura in your browser (" + SignIn.LIMIT.toMinutes() + " minutes at most)…", false);
        authorizeUrl.set(pending.authorizeUrl());
        browser.accept(pending.authorizeUrl());
        task = Tasks.<OuraCredential>create(() -> {
            try (pending) {
                return pending.finish(SignIn.LIMIT);
            }
        }).onSuccess(c -> {
            clientSecret.set("");
            authorizeUrl.set(null);
            showSignedIn(c);
            show("Signed in. The sign-in renews itself; it is kept in " + store.file() + ", readable only by you.", false);
        }).onError(e -> {
            authorizeUrl.set(null);
            state.set(State.SIGNED_OUT);
            if (e instanceof FetchException) {
                show(e.getMessage(), true);
            } else if (e instanceof IOException) {
                show("The sign-in failed: " + Problems.describe(e) + ". Nothing was stored; sign in again.", true);
            } else {
                show("The sign-in stopped unexpectedly; sign in again.", true);
                Tasks.unhandled(e); // a fault of the app's: the crash path logs it and says where
            }
        }).onCancel(() -> {
            pending.close(); // the wait may not have started, so its own close may never run; closing twice is harmless
            authorizeUrl.set(null);
            state.set(State.SIGNED_OUT);
            show("Sign-in cancelled; nothing was stored.", false);
        }).runOnce(executor);
    }

    /** Stops waiting for the browser. */
    public void cancel() {
        if (task != null && !task.isDone()) { // not yet started counts: its wait must not start later
            task.cancel();
        }
    }

    /** Forgets the stored sign-in (the client id is remembered). */
    public void signOut() {
        try {
            store.forget();
            state.set(State.SIGNED_OUT);
            show("Signed out: the sign-in is forgotten on this computer.", false);
        } catch (IOException e) {
            show("The sign-in could not be forgotten (" + Problems.describe(e) + "); delete " + store.file() + ".",
                    true);
        }
    }

    /**
     * A fetch found the sign-in refused: it is forgotten, the app's id and secret are kept in the fields, and
     * the user is asked to sign in again.
     */
    void signInAgain(String why) {
        try {
            store.load().ifPresent(c -> {
                clientId.set(c.clientId());
                clientSecret.set(c.clientSecret());
            });
            store.forget();
        } catch (IOException e) {
            // shown as signed out either way; the next sign-in replaces the file
        }
        state.set(State.SIGNED_OUT);
        show(why + " Sign in again with Connect to Oura….", true);
    }

    private void show(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private Optional<Integer> validPort() {
        try {
            int p = Integer.parseInt(port.get().strip());
            return p >= 1 && p <= 65535 ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
