package org.ouraviewer.ui.common;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;

/**
 * Every dialog of the app, owned by the main window: messages, a question, a choice, the file and folder
 * choosers, and the app's own dialogs and windows. Views and commands ask this instead of building alerts
 * and choosers, so tests answer for the user without a robot. The folder last chosen is where the next
 * chooser opens. A web page opens through here too, in the user's browser. FX thread only.
 */
public interface DialogService {
    /** A file type for the choosers: "CSV file", {@code csv}. */
    record FileType(String description, List<String> extensions) {
        public FileType {
            extensions = List.copyOf(extensions);
            if (extensions.isEmpty()) {
                throw new IllegalArgumentException("a file type has at least one extension");
            }
        }

        public static FileType of(String description, String... extensions) {
            return new FileType(description, List.of(extensions));
        }

        /** {@code path}, with the first extension added when its name ends in none of them. */
        public Path withExtension(Path path) {
            String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return extensions.stream().anyMatch(e -> name.endsWith("." + e.toLowerCase(java.util.Locale.ROOT)))
                    ? path : path.resolveSibling(path.getFileName() + "." + extensions.get(0));
        }
    }

    /** A message that needs no answer; the app goes on while it shows. */
    void info(String title, String message);

    /** Something could not be done: what, and why, in sentences; the app goes on while it shows. */
    void error(String title, String message);

    /** A short notice that goes away by itself ("Saved 25 rows to tags.csv."). */
    void notify(String message);

    /** A notice that something needs a look, which goes away by itself; clicking it runs {@code onClick}. */
    void warn(String title, String message, Runnable onClick);

    /**
     * A notice offering something to do ("fetch what is new"), which goes away by itself; clicking it does
     * it. Never a button that an Enter meant for the window could press.
     */
    void offer(String title, String message, Runnable onClick);

    /** Asks a question and waits; true when the user picks {@code yes}. */
    boolean confirm(String title, String question, String yes);

    /** Asks for one of {@code choices}, {@code initial} chosen at first, and waits; empty when the user cancels. */
    <T> Optional<T> choose(String title, String header, List<T> choices, T initial, Function<T, String> label);

    /** Where to save a file; the type's first extension is added when the name has none of them. */
    Optional<Path> saveFile(String title, String initialName, FileType type);

    /** Files to open; empty when the user cancels. */
    List<Path> openFiles(String title, List<FileType> types);

    /** A folder; {@code initial} first if it exists, else the folder last chosen. Empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** Shows a dialog the app built, owned by the main window, and waits for its result. */
    <R> Optional<R> showAndWait(Dialog<R> dialog);

    /** Makes a window of the app (the load report, the fetch dialog) belong to the main window. */
    void own(Stage stage);

    /**
     * Opens a web page in the user's browser (Oura's app registration, its sign-in page); where there is
     * no browser to open, nothing happens, and the page offers its address to copy.
     */
    void browse(URI address);

    /**
     * Shows a folder of the app's (settings, data, log) in the system's file manager, through the same
     * host services as {@link #browse}; a folder not made yet is made first, so there is one to show.
     */
    void openFolder(Path folder);
}
