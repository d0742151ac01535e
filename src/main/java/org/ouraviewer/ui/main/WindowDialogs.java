package org.ouraviewer.ui.main;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.Notifications;
import org.ouraviewer.ui.common.DialogService;

/**
 * The dialogs of one main window: every alert, chooser and app dialog is owned by its stage, and the
 * choosers open in the folder last chosen (else in the folder of the most recent file). FX thread only.
 */
final class WindowDialogs implements DialogService {
    private final Stage owner;
    private final Supplier<Optional<Path>> recentFolder;
    private final Consumer<URI> browser;
    private Path lastFolder;

    /**
     * @param recentFolder where the first chooser opens, before anything was chosen
     * @param browser      opens a web page in the user's browser, a folder in the file manager (the
     *                     application's HostServices)
     */
    WindowDialogs(Stage owner, Supplier<Optional<Path>> recentFolder, Consumer<URI> browser) {
        this.owner = Objects.requireNonNull(owner);
        this.recentFolder = Objects.requireNonNull(recentFolder);
        this.browser = Objects.requireNonNull(browser);
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).show();
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).show();
    }

    @Override
    public void notify(String message) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).text(message).hideAfter(Duration.seconds(5)).showInformation();
    }

    @Override
    public void warn(String title, String message, Runnable onClick) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(title).text(message).hideAfter(Duration.seconds(8))
                .onAction(e -> onClick.run()).showWarning();
    }

    @Override
    public void offer(String title, String message, Runnable onClick) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(title).text(message).hideAfter(Duration.seconds(20))
                .onAction(e -> onClick.run()).showInformation();
    }

    @Override
    public boolean confirm(String title, String question, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question);
        alert.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, T initial, Function<T, String> label) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial, choices);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setGraphic(null);
        dialog.setContentText(null);
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n -> {
            if (n instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<T> typed = (javafx.scene.control.ComboBox<T>) box;
                typed.setConverter(converter(label));
            }
        });
        return showAndWait(dialog);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType type) {
        FileChooser chooser = fileChooser(title, List.of(type));
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(f -> type.withExtension(remember(f.toPath())));
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        List<File> files = fileChooser(title, types).showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0).toPath());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Optional.ofNullable(initial).filter(Files::isDirectory).or(this::startFolder).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return Optional.empty();
        }
        lastFolder = dir.toPath();
        return Optional.of(dir.toPath());
    }

    @Override
    public <R> Optional<R> showAndWait(Dialog<R> dialog) {
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    @Override
    public void own(Stage stage) {
        if (stage.getOwner() == null) {
            stage.initOwner(owner);
        }
    }

    @Override
    public void browse(URI address) {
        browser.accept(address);
    }

    @Override
    public void openFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            error("Open folder", "Could not make the folder " + folder + ": " + e.getMessage());
            return;
        }
        browser.accept(folder.toUri());
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert;
    }

    private FileChooser fileChooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                    t.extensions().stream().map(e -> "*." + e).toList()));
        }
        startFolder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private Optional<Path> startFolder() {
        return Optional.ofNullable(lastFolder).filter(Files::isDirectory).or(recentFolder);
    }

    private Path remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
        return file;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
