package org.ouraviewer.ui.common;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/**
 * Dialogs that answer for the user, for tests: the files, folders and choices queued in advance, and a
 * record of every message shown. Unanswered questions are cancelled.
 */
public final class ScriptedDialogs implements DialogService {
    /** A message shown: its kind (info, error, notify, warn, offer), title and text. */
    public record Shown(String kind, String title, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<Object> choices = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<URI> browsed = new ArrayList<>();
    private final List<Path> openedFolders = new ArrayList<>();
    private Runnable lastOnClick = () -> {
        throw new AssertionError("no notice to click was shown");
    };

    /** A view context with these dialogs, background work run at once on the calling thread, and light. */
    public static ViewContext context(AppModel app, ScriptedDialogs dialogs) {
        return new ViewContext(app, SAME_THREAD, dialogs, light());
    }

    /** A light appearance of a test's own, which nothing else shares. */
    public static Appearance light() {
        return new Appearance(new SimpleBooleanProperty());
    }

    public static ViewContext context(AppModel app) {
        return context(app, new ScriptedDialogs());
    }

    /**
     * Runs background work at once, on the calling thread (in a window test, the FX thread); the callbacks
     * of {@link Tasks} follow as FX events, which {@code robot.interact} and {@code clickOn} wait for.
     */
    public static final Executor SAME_THREAD = Runnable::run;

    /** The next file or folder chooser answers {@code path}. */
    public ScriptedDialogs answerFile(Path path) {
        files.add(path);
        return this;
    }

    /** The next {@link #choose} answers the choice whose label is {@code label}. */
    public ScriptedDialogs answerChoice(String label) {
        choices.add(label);
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    /** The titles of the questions, choices and choosers asked, in order. */
    public List<String> asked() {
        return asked;
    }

    /** The web pages opened in the browser, in order. */
    public List<URI> browsed() {
        return browsed;
    }

    /** The folders shown in the file manager, in order. */
    public List<Path> openedFolders() {
        return openedFolders;
    }

    /** Clicks the notice shown last (a warning or an offer). */
    public void clickLastNotice() {
        lastOnClick.run();
    }

    public Shown last() {
        if (shown.isEmpty()) {
            throw new AssertionError("no message was shown");
        }
        return shown.get(shown.size() - 1);
    }

    @Override
    public void info(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public void error(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void notify(String message) {
        shown.add(new Shown("notify", null, message));
    }

    @Override
    public void warn(String title, String message, Runnable onClick) {
        shown.add(new Shown("warn", title, message));
        lastOnClick = onClick;
    }

    @Override
    public void offer(String title, String message, Runnable onClick) {
        shown.add(new Shown("offer", title, message));
        lastOnClick = onClick;
    }

    @Override
    public boolean confirm(String title, String question, String yes) {
        asked.add(title);
        return !choices.isEmpty() && yes.equals(choices.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> options, T initial, Function<T, String> label) {
        asked.add(title);
        Object wanted = choices.poll();
        if (wanted == null) {
            return Optional.empty();
        }
        return options.stream().filter(o -> label.apply(o).equals(wanted)).findFirst()
                .or(() -> {
                    throw new AssertionError("no choice \"" + wanted + "\" in " + options.stream().map(label).toList());
                });
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType type) {
        asked.add(title + ": " + initialName);
        return Optional.ofNullable(files.poll()).map(type::withExtension);
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        asked.add(title);
        Path p = files.poll();
        return p == null ? List.of() : List.of(p);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        asked.add(title);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        asked.add(dialog.getTitle());
        return Optional.empty();
    }

    @Override
    public void own(Stage stage) {
        // test windows have no main window to belong to
    }

    @Override
    public void browse(URI address) {
        browsed.add(address);
    }

    @Override
    public void openFolder(Path folder) {
        openedFolders.add(folder);
    }
}
