package org.ouraviewer.ui.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
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
import javafx.concurrent.Task;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.Fetch;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchResult;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.SavedFile;
import org.ouraviewer.io.AppDirs;

/**
 * The fetch dialog's state and commands, without any Node: source, token, days, folder, the progress of
 * each kind, and one line of status. The fetch runs in a {@link Task} off the FX thread; everything here
 * is called on the FX thread. The token lives only in {@link #tokenProperty()} and, if the user ticks
 * "remember", in {@link RememberedTokens}.
 */
public final class FetchViewModel {
    private final ObjectProperty<FetchSource> source = new SimpleObjectProperty<>(this, "source", FetchSource.OURA);
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start", DateRange.EARLIEST);
    private final ObjectProperty<LocalDate> end;
    private final StringProperty folder = new SimpleStringProperty(this, "folder",
            AppDirs.data().resolve("fetched").toString());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final KindRows rows = new KindRows();
    private final BooleanBinding canFetch;
    private final RememberedTokens tokens;
    private final Consumer<Path> onSaved;
    private URI baseOverride;
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private Task<FetchResult> task;

    /**
     * @param onSaved called on the FX thread with the folder after a successful fetch (the dialog loads it)
     */
    public FetchViewModel(RememberedTokens tokens, Consumer<Path> onSaved, LocalDate today) {
        this.tokens = tokens;
        this.onSaved = onSaved;
        this.end = new SimpleObjectProperty<>(this, "end", today);
        canFetch = Bindings.createBooleanBinding(() -> !running.get() && !token.get().isBlank()
                        && start.get() != null && end.get() != null && !end.get().isBefore(start.get())
                        && !folder.get().isBlank(), running, token, start, end, folder);
        recallToken();
        source.addListener((obs, old, now) -> recallToken());
    }

    /** Fills in the remembered token of the chosen source, if there is one. */
    private void recallToken() {
        Optional<String> saved = tokens.load(source.get());
        token.set(saved.orElse(""));
        remember.set(saved.isPresent());
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
        if (!FetchRequest.isPlausibleToken(token.get())) {
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
        FetchRequest request = new FetchRequest(source.get(),
                baseOverride != null ? baseOverride : source.get().defaultBase(), token.get(),
                new DateRange(start.get(), end.get()), ZoneId.systemDefault(), retryPolicy);
        rememberOrForget(request);
        rows.clear();
        task = new FetchTask(request, target);
        running.set(true);
        showStatus("Fetching from " + request.source().title() + "…", false);
        executor.execute(task);
    }

    /** Stops the fetch; what was saved stays, the kind in progress keeps its old file. */
    public void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    private void rememberOrForget(FetchRequest request) {
        try {
            if (remember.get()) {
                tokens.remember(request.source(), token.get().strip());
            } else {
                tokens.forget(request.source());
            }
        } catch (IOException e) {
            showStatus("The token could not be remembered (" + e.getClass().getSimpleName() + ").", true);
        }
    }

    private void showStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    /** The progress of the running fetch, handed over to the FX thread. */
    private final class FxProgress implements FetchProgress {
        @Override
        public void planned(List<String> names) {
            Platform.runLater(() -> rows.planned(names));
        }

        @Override
        public void started(String name) {
            Platform.runLater(() -> rows.started(name));
        }

        @Override
        public void received(String name, int records) {
            Platform.runLater(() -> rows.received(name, records));
        }

        @Override
        public void saved(SavedFile file) {
            Platform.runLater(() -> rows.saved(file));
        }

        @Override
        public void skipped(String name, String why) {
            Platform.runLater(() -> rows.skipped(name, why));
        }

        @Override
        public void waiting(String why, Duration delay) {
            Platform.runLater(() -> showStatus(why + "; trying again in " + Math.max(1, delay.toSeconds()) + " s…",
                    false));
        }
    }

    private final class FetchTask extends Task<FetchResult> {
        private final FetchRequest request;
        private final Path target;

        FetchTask(FetchRequest request, Path target) {
            this.request = request;
            this.target = target;
        }

        @Override
        protected FetchResult call() throws IOException {
            return Fetch.run(request, target, new FxProgress(), this::isCancelled);
        }

        @Override
        protected void succeeded() {
            running.set(false);
            FetchResult result = getValue();
            showStatus(result.describe(), false);
            if (!result.saved().isEmpty()) {
                onSaved.accept(target);
            }
        }

        @Override
        protected void failed() {
            running.set(false);
            Throwable e = getException();
            rows.endedEarly("not saved; what the folder held is kept");
            if (e instanceof FetchException) {
                showStatus(e.getMessage(), true);
            } else if (e instanceof IOException) {
                showStatus("Could not save in " + target + " (" + e.getClass().getSimpleName() + ").", true);
            } else {
                showStatus("The fetch stopped unexpectedly (" + e.getClass().getSimpleName() + ").", true);
            }
        }

        @Override
        protected void cancelled() {
            running.set(false);
            rows.endedEarly("cancelled; what the folder held is kept");
            showStatus("Cancelled. The kinds saved before stay saved.", false);
        }
    }
}
