package org.ouraviewer.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files, folders and zips dropped anywhere on the window are opened (added to what is loaded). While
 * files are dragged over the window it shows the {@code :drop-target} pseudo-class, which the
 * stylesheet turns into visible feedback.
 */
final class DropHandler {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Consumer<List<Path>> open;

    DropHandler(Consumer<List<Path>> open) {
        this.open = Objects.requireNonNull(open);
    }

    /** Listens for drags on {@code target} (the window's root). */
    void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                target.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean accepted = board.hasFiles() && dropped(board.getFiles());
            target.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    /**
     * Opens dropped files; the entry point without a Dragboard (tests call it directly).
     *
     * @return whether anything was opened
     */
    boolean dropped(List<File> files) {
        List<Path> paths = files.stream().map(File::toPath).toList();
        if (paths.isEmpty()) {
            return false;
        }
        open.accept(paths);
        return true;
    }
}
