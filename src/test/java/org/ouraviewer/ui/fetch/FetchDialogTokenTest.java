package org.ouraviewer.ui.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RememberedTokens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Fetching from the "Get data from Oura" dialog with a pasted token: saved and loaded, cancel, a refusal, a bad folder.
 */
@ExtendWith(ApplicationExtension.class)
class FetchDialogTokenTest extends FetchDialogFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
    }

    @Test
    void fetchesWithAPastedTokenSavesAndLoadsTheFolder(FxRobot robot) throws TimeoutException, IOException {
        robot.clickOn("#advanced-token");
        robot.clickOn("#token").write(FakeOuraServer.TOKEN);
        robot.clickOn("#fetch");

        Path folder = dir.resolve("fetched");
        assertEquals(List.of(folder), loaded);
        assertTrue(Files.isRegularFile(folder.resolve("oura-v2-sleep.json")));
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved 1 file in " + folder + ": 48 new records"), status);
        ListView<?> progress = robot.lookup("#progress").queryAs(ListView.class);
        assertEquals(17, progress.getItems().size(), "a row for every kind the API has");
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.SAVED, sleep.state());
        assertEquals("48 received, 48 new", sleep.detail());
        assertFalse(Files.exists(dir.resolve("config").resolve("token-oura")), "not remembered unless asked");
        assertTokenInNoFile();
    }

    @Test
    void cancelStopsTheFetchAndLoadsNothing(FxRobot robot) throws TimeoutException {
        HeldWork held = new HeldWork();
        work = held;
        atSleep = () -> robot.clickOn("#cancel"); // while the fetch waits for Oura's answer
        robot.interact(() -> vm.tokenProperty().set(FakeOuraServer.TOKEN));
        robot.clickOn("#fetch");
        held.runHere();

        assertEquals(1, server.requests("sleep").size());
        assertFalse(vm.runningProperty().get());

        assertTrue(loaded.isEmpty());
        assertEquals("Cancelled. The kinds saved before stay saved.", robot.lookup("#status").queryAs(Label.class).getText());
        KindRow sleep = vm.rows().stream().filter(r -> r.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(KindRow.State.STOPPED, sleep.state());
        assertFalse(Files.exists(dir.resolve("fetched").resolve("oura-v2-sleep.json")));
    }

    @Test
    void aRefusedTokenIsExplainedAndARememberedTokenIsKeptPrivately(FxRobot robot) throws TimeoutException, IOException {
        robot.clickOn("#advanced-token");
        robot.interact(() -> vm.tokenProperty().set("an-expired-token"));
        robot.clickOn("#remember");
        robot.clickOn("#fetch");

        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains("expired or is wrong"), status.getText());
        assertFalse(status.getText().contains("an-expired-token"));
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertTrue(loaded.isEmpty());
        assertEquals("an-expired-token",
                new RememberedTokens(dir.resolve("config")).load(FetchSource.OURA).orElseThrow());
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInWords(FxRobot robot) throws TimeoutException, IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        robot.interact(() -> {
            vm.tokenProperty().set(FakeOuraServer.TOKEN);
            vm.folderProperty().set(notAFolder.resolve("fetched").toString());
        });
        robot.clickOn("#fetch");
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Could not save in " + notAFolder.resolve("fetched") + ": "), status.getText());
        assertFalse(status.getText().contains("Exception"), status.getText());
        assertTrue(status.getStyleClass().contains("fetch-error"));
        assertTrue(loaded.isEmpty());
    }

    private void assertTokenInNoFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(FakeOuraServer.TOKEN), f.toString());
            }
        }
    }
}
