package org.ouraviewer.ui.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.ouraviewer.fetch.AccessTokens;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.Fetch;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchResult;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.StoredSignIn;
import org.ouraviewer.text.Problems;
import org.ouraviewer.ui.common.Tasks;
import org.ouraviewer.work.AppThreads;

/**
 * The "Get data from Oura" dialog's state and commands, without any Node: the source, the Oura sign-in
 * ({@link SignInViewModel}) or a pasted token, the days (only what is new, or a range), the folder, the
 * progress of each kind, and one line of status. The fetch runs in the background; everything here is
 * called on the FX thread. A pasted token lives only in {@link #tokenProperty()} and, if the user ticks
 * "remember", in {@link RememberedTokens}.
 */
public final class FetchViewModel {
    private final ObjectProperty<FetchSource> source = new SimpleObjectProperty<>(this, "source", FetchSource.OURA);
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final BooleanProperty onlyNew = new SimpleBooleanProperty(this, "onlyNew", true);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start", DateRange.EARLIEST);
    private final ObjectProperty<LocalDate> end;
    private final LocalDate today;
    private final StringProperty folder = new SimpleStringProperty(this, "folder");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final KindRows rows = new KindRows();
    private final BooleanBinding usesSignIn;
    private final BooleanBinding canFetch;
    private final RememberedTokens tokens;
    private final SignInViewModel signIn;
    private final FetchFolder lastFolder;
    private final Consumer<Path> onSaved;
    private URI baseOverride;
    private RetryPolicy retryPolicy;
    private Tasks.ProgressTask<FetchResult> task;

    /**
     * @param configDir where the sign-in, remembered tokens and the last folder are kept
     * @param browser   opens Oura's sign-in page
     * @param onSaved   called on the FX thread with the folder after a fetch that saved something (the dialog loads it)
     * @param threads   the sign-in's listener and the requests' deadlines run on them
     */
    public FetchViewModel(Path configDir, Consumer<URI> browser, Consumer<Path> onSaved, LocalDate today,
                          AppThreads threads) {
        this.tokens = new RememberedTokens(configDir);
        this.retryPolicy = RetryPolicy.standard(threads.scheduler());
        this.signIn = new SignInViewModel(new CredentialStore(configDir), browser, threads);
        this.lastFolder = new FetchFolder(configDir);
        this.onSaved = onSaved;
        this.today = today;
        this.end = new SimpleObjectProperty<>(this, "end", today);
        folder.set(lastFolder.load().toString());
        usesSignIn = Bindings.createBooleanBinding(() -> source.get() == FetchSource.OURA
                && signIn.stateProperty().get() == SignInViewModel.State.SIGNED_IN, source, signIn.stateProperty());
        canFetch = Bindings.createBooleanBinding(() -> !running.get() && !folder.get().isBlank()
                        && (onlyNew.get() || start.get() != null && end.get() != null && !end.get().isBefore(start.get()))
                        && (usesSignIn.get() || !token.get().isBlank() && signIn.stateProperty().get() != SignInViewModel.State.WAITING),
                running, token, start, end, folder, onlyNew, usesSignIn, signIn.stateProperty());
        recallToken();
        source.addListener((obs, old, now) -> recallToken());
    }

    /** Fills in the remembered token of the chosen source, if there is one. */
    private void recallToken() {
        Optional<String> saved = tokens.load(source.get());
        token.set(saved.orElse(""));
        remember.set(saved.isPresent());
    }

    public SignInViewModel signIn() {
        return signIn;
    }

    public ObjectProperty<FetchSource> sourceProperty() {
        return source;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Only what is new: each kind the folder holds from its last day less a week; the rest since 2015. */
    public BooleanProperty onlyNewProperty() {
        return onlyNew;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ObservableList<KindRow> rows() {
        return rows.list();
    }

    /** Oura with the stored sign-in (rather than a pasted token). */
    public BooleanBinding usesSignInProperty() {
        return usesSignIn;
    }

    public BooleanBinding canFetchProperty() {
        return canFetch;
    }

    /** For tests and proxies: another server than the source's own, and other waits between retries. */
    void useServer(URI base, RetryPolicy policy) {
        this.baseOverride = base;
        this.retryPolicy = policy;
    }

    /** Whether the days apply: Open Humans files come whole. */
    public static boolean daysApply(FetchSource source) {
        return source == FetchSource.OURA;
    }

    /** Starts the fetch on {@code executor}; does nothing unless {@link #canFetchProperty()} holds. */
    public void fetch(Executor executor) {
        if (!canFetch.get()) {
            return;
        }
        if (!usesSignIn.get() && !FetchRequest.isPlausibleToken(token.get())) {
            showStatus("The token has spaces or characters a token cannot have; paste it again.", true);
            return;
        }
        Path target;
        try {
            target = Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            showStatus("The folder \"" + folder.get() + "\" is not a valid path.", true);
            return;
        }
        FxFetchProgress progress = new FxFetchProgress(rows, this::showStatus);
        AccessTokens access = usesSignIn.get() ? StoredSignIn.of(signIn.store(), progress, retryPolicy.deadlines())
                : AccessTokens.fixed(token.get().strip());
        LocalDate to = onlyNew.get() || end.get() == null ? today : end.get();
        LocalDate from = onlyNew.get() || start.get() == null ? DateRange.EARLIEST : start.get();
        FetchRequest request = new FetchRequest(source.get(), baseOverride != null ? baseOverride
                : source.get().defaultBase(), access, new DateRange(from, to.isBefore(from) ? from : to), onlyNew.get(),
                ZoneId.systemDefault(), retryPolicy);
        if (!usesSignIn.get()) {
            rememberOrForget(source.get(), token.get().strip());
        }
        lastFolder.remember(target);
        rows.clear();
        running.set(true);
        showStatus("Fetching from " + request.source().title() + "…", false);
        task = Tasks.<FetchResult>create(t -> Fetch.run(request, target, progress, t::isCancelled))
                .onSuccess(result -> succeeded(result, target))
                .onError(this::failed)
                .onCancel(this::cancelled)
                .runOnce(executor);
    }

    /** Stops the fetch; what was saved stays, the kind in progress keeps its old file. */
    public void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    private void succeeded(FetchResult result, Path target) {
        running.set(false);
        boolean problems = !result.problems().isEmpty();
        showStatus(result.describe() + (problems ? " " + result.problems().get(0).sentence() : ""), problems);
        if (!result.saved().isEmpty()) {
            onSaved.accept(target);
        }
    }

    private void failed(Throwable e) {
        running.set(false);
        rows.endedEarly("not saved; what the folder held is kept");
        if (e instanceof FetchException f && f.reason() == FetchException.Reason.SIGN_IN_AGAIN) {
            signIn.signInAgain("Oura no longer accepts the sign-in; nothing was changed in the folder.");
            showStatus("Oura no longer accepts the sign-in: sign in to Oura again, then fetch.", true);
        } else if (e instanceof FetchException) {
            showStatus(e.getMessage(), true);
        } else if (e instanceof IOException) {
            showStatus("Could not save in " + folder.get() + ": " + Problems.describe(e) + ".", true);
        } else {
            showStatus("The fetch stopped unexpectedly; what the folder held is kept.", true);
            Tasks.unhandled(e); // neither the network's doing nor the folder's: the crash path logs it and says where
        }
    }

    private void cancelled() {
        running.set(false);
        rows.endedEarly("cancelled; what the folder held is kept");
        showStatus("Cancelled. The kinds saved before stay saved.", false);
    }

    private void rememberOrForget(FetchSource from, String value) {
        try {
            if (remember.get()) {
                tokens.remember(from, value);
            } else {
                tokens.forget(from);
            }
        } catch (IOException e) {
            showStatus("The token could not be remembered: " + Problems.describe(e) + ".", true);
        }
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }
}
