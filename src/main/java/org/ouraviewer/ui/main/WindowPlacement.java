package org.ouraviewer.ui.main;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that place is still on a screen, with the app's icon. */
final class WindowPlacement {
    private static final double DEFAULT_WIDTH = 1180;
    private static final double DEFAULT_HEIGHT = 780;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private WindowPlacement() {
    }

    static void restore(Stage stage, Settings settings) {
        Rectangle2D saved = settings.windowBounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved != null && !Screen.getScreensForRectangle(saved.getMinX(), saved.getMinY(),
                Math.min(saved.getWidth(), 100), Math.min(saved.getHeight(), 100)).isEmpty()) {
            stage.setX(saved.getMinX());
            stage.setY(saved.getMinY());
            stage.setWidth(Math.min(saved.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(saved.getHeight(), screen.getHeight()));
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.windowMaximized());
    }

    /** Takes the bounds now; maximised windows keep the bounds they had before. */
    static void remember(Stage stage, Settings settings) {
        settings.setWindowMaximized(stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            settings.setWindowBounds(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        }
    }

    /** The app icon at every size the window system may ask for. */
    static List<Image> appIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = WindowPlacement.class.getResourceAsStream("/org/ouraviewer/icons/app-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An icon that cannot be read is left out; the window still opens.
            }
        }
        return icons;
    }
}
