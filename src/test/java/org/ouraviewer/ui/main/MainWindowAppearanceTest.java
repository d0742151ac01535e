package org.ouraviewer.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ouraviewer.TestFiles;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.ouraviewer.work.TestThreads;

/** How the main window looks: the dark setting on its own windows only, and icons in the theme's colour. */
@ExtendWith(ApplicationExtension.class)
class MainWindowAppearanceTest extends MainWindowFixture {
    @Start
    @Override
    void start(Stage stage) throws IOException {
        super.start(stage);
    }

    /**
     * Dark is the window's own: its setting styles it and the windows it owns, not another main window (the
     * appearance was once one static property that every window and test shared).
     */
    @Test
    void theDarkSettingStylesItsWindowAndTheWindowsItOwnsOnly(FxRobot robot) throws Exception {
        Stage[] stages = new Stage[2];
        robot.interact(() -> {
            Stage owned = new Stage();
            owned.initOwner(stage);
            owned.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 100, 100));
            owned.show();
            stages[0] = owned;
            Stage other = new Stage();
            new MainWindow(other, new AppModel(), new SettingsStore(settingsFile.resolveSibling("other.json"),
                    ScriptedDialogs.SAME_THREAD), ScriptedDialogs.SAME_THREAD, TestThreads.SHARED,
                    new ScriptedDialogs(), java.util.Optional::empty).show();
            stages[1] = other;
            window.settings().appearanceProperty().set(AppearanceChoice.DARK);
        });
        try {
            assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark"));
            assertTrue(stages[0].getScene().getRoot().getStyleClass().contains("dark"), "a window it owns");
            assertTrue(stages[0].getScene().getStylesheets().stream().anyMatch(u -> u.endsWith("theme.css")));
            assertFalse(stages[1].getScene().getRoot().getStyleClass().contains("dark"), "another main window");
            robot.interact(() -> window.settings().appearanceProperty().set(AppearanceChoice.LIGHT));
            assertFalse(stages[0].getScene().getRoot().getStyleClass().contains("dark"));
        } finally {
            robot.interact(() -> List.of(stages).forEach(Stage::close));
        }
    }

    /** Every icon on every tab comes from the Icons enum, so the theme colours it (it was black on dark). */
    @Test
    void everyIconOnEveryTabTakesTheThemesColour(FxRobot robot) {
        drop(robot, TestFiles.samples("api-recordings/workout__multiple.json"),
                TestFiles.samples("api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json"));
        for (MainTab tab : MainTab.values()) {
            robot.interact(() -> model.tabProperty().set(tab.page()));
            List<javafx.scene.Node> icons = List.copyOf(robot.lookup(".ikonli-font-icon").queryAll());
            assertFalse(icons.isEmpty(), tab + " shows icons");
            icons.forEach(n -> assertTrue(n.getStyleClass().contains("icon"), tab + ": " + n));
        }
    }
}
