package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's own dialogs where a test cannot answer for the user: the notices, and the browser. */
@ExtendWith(ApplicationExtension.class)
class WindowDialogsTest {
    private static final String OFFER = "Click here to fetch what is new.";
    private final List<URI> browsed = new CopyOnWriteArrayList<>();
    private Stage stage;
    private WindowDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
        dialogs = new WindowDialogs(stage, Optional::empty, browsed::add);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anOfferIsANoticeToClickWithNoButtonAnEnterCouldPress(FxRobot robot) {
        AtomicInteger clicked = new AtomicInteger();
        robot.interact(() -> dialogs.offer("Oura", OFFER, clicked::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> notice = List.copyOf(robot.lookup(n -> n instanceof Labeled l && OFFER.equals(l.getText())).queryAll());
        assertFalse(notice.isEmpty(), "the notice shows");
        assertTrue(robot.lookup(n -> n instanceof Button b && b.getScene() != stage.getScene()
                        && b.getText() != null && !b.getText().isBlank()).queryAll().isEmpty(),
                "no button but the notice's close: an Enter meant for the window never accepts the offer");
        assertEquals(0, clicked.get(), "nothing happens unless clicked");
        robot.clickOn(notice.get(0));
        assertEquals(1, clicked.get());
    }

    @Test
    void webPagesOpenThroughTheBrowserGiven(FxRobot robot) {
        URI page = URI.create("https://developer.ouraring.com/applications");
        robot.interact(() -> dialogs.browse(page));
        assertEquals(List.of(page), browsed);
    }

    /** Help ▸ About's "Open folder": the file manager opens the folder, made first if the app made none yet. */
    @Test
    void aFolderOpensThroughTheSameHostServicesMadeFirst(FxRobot robot, @TempDir Path dir) {
        Path logs = dir.resolve("data/logs");
        robot.interact(() -> dialogs.openFolder(logs));
        assertTrue(Files.isDirectory(logs));
        assertEquals(List.of(logs.toUri()), browsed);
    }
}
