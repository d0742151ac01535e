package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.desktop.ColorScheme;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * View ▸ Appearance: System, Light and Dark change the window's appearance and are remembered; System
 * follows what the system says (a test's answer here), asked in the background, light until it answers.
 */
@ExtendWith(ApplicationExtension.class)
class AppearanceMenuTest {
    private Stage stage;
    private MainWindow window;
    private Path settingsFile;
    /** What "the system" answers; asked how often. */
    private Optional<ColorScheme> systemSays = Optional.empty();
    private final AtomicInteger asked = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createDirectories(AppDirs.config().resolve("appearance-menu-test"));
        settingsFile = Files.createTempFile(dir, "settings", ".json");
        Files.delete(settingsFile);
        window = new MainWindow(stage, new AppModel(), new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD),
                ScriptedDialogs.SAME_THREAD, org.ouraviewer.work.TestThreads.SHARED, new ScriptedDialogs(), () -> {
                    asked.incrementAndGet();
                    return systemSays;
                });
        window.show();
    }

    private boolean dark() {
        return stage.getScene().getRoot().getStyleClass().contains("dark")
                && window.context().appearance().darkProperty().get();
    }

    private boolean light() {
        return !stage.getScene().getRoot().getStyleClass().contains("dark")
                && !window.context().appearance().darkProperty().get();
    }

    private List<RadioMenuItem> appearanceItems(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        Menu appearance = (Menu) view.getItems().stream().filter(i -> "Appearance".equals(i.getText()))
                .findFirst().orElseThrow();
        List<RadioMenuItem> items = new ArrayList<>();
        for (MenuItem i : appearance.getItems()) {
            items.add((RadioMenuItem) i);
        }
        return items;
    }

    private void choose(FxRobot robot, String title) {
        robot.interact(() -> appearanceItems(robot).stream().filter(i -> i.getText().equals(title)).findFirst()
                .orElseThrow().fire());
    }

    private String chosen(FxRobot robot) {
        return appearanceItems(robot).stream().filter(RadioMenuItem::isSelected).map(MenuItem::getText)
                .reduce((a, b) -> a + "+" + b).orElse("none");
    }

    @Test
    void choosingLightDarkOrSystemChangesTheWindowAndIsRemembered(FxRobot robot) throws IOException {
        assertEquals(List.of("System", "Light", "Dark"), appearanceItems(robot).stream().map(MenuItem::getText).toList());
        assertEquals("System", chosen(robot), "the default");
        assertTrue(light(), "no answer from the system is light");

        choose(robot, "Dark");
        assertTrue(dark());
        assertEquals("Dark", chosen(robot));
        assertTrue(Files.readString(settingsFile).contains("\"DARK\""), "remembered");

        choose(robot, "Light");
        assertTrue(light());
        assertEquals("Light", chosen(robot));

        systemSays = Optional.of(ColorScheme.DARK);
        choose(robot, "System");
        assertTrue(dark(), "System asks the system at once");
        assertTrue(window.systemAppearance().polling());
        assertTrue(Files.readString(settingsFile).contains("\"SYSTEM\""));

        systemSays = Optional.of(ColorScheme.LIGHT);
        robot.interact(() -> window.systemAppearance().ask()); // the poll's next tick
        assertTrue(light(), "the system switched while the app runs");

        choose(robot, "Dark");
        assertFalse(window.systemAppearance().polling(), "the system is asked only while System is chosen");
        robot.interact(stage::hide);
        robot.interact(() -> assertEquals(AppearanceChoice.DARK,
                new SettingsStore(settingsFile, ScriptedDialogs.SAME_THREAD).load().appearanceProperty().get()));
    }

    /** The system is asked on the background executor: the window is light at once, and dark when told so. */
    @Test
    void theStartNeverWaitsForTheSystem(FxRobot robot) {
        List<Runnable> queued = new ArrayList<>();
        systemSays = Optional.of(ColorScheme.DARK);
        int before = asked.get();
        robot.interact(() -> {
            SystemAppearance follow = new SystemAppearance(new SimpleObjectProperty<>(AppearanceChoice.SYSTEM),
                    () -> {
                        asked.incrementAndGet();
                        return systemSays;
                    }, queued::add);
            follow.start();
            assertFalse(follow.dark().get(), "light until the system answers");
            follow.ask();
            assertEquals(1, queued.size(), "one question at a time: a tick meanwhile asks nothing more");
            assertEquals(before, asked.get(), "nothing asked on the FX thread");
            queued.remove(0).run();
            assertTrue(follow.dark().get());
            follow.stop();
            assertFalse(follow.polling());
        });
    }
}
