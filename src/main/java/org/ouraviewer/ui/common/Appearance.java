package org.ouraviewer.ui.common;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Light or dark: the app's stylesheets on every window, and the {@code dark} style class on each
 * window's root, which switches the looked-up colours of {@code theme.css}. Dialogs opened by any view
 * are styled too, because every new window is. Popups (menus, tooltips) take their colours from the
 * node that owns them. FX thread only.
 */
public final class Appearance {
    private static final String THEME = stylesheet("theme.css");
    private static final String APP = stylesheet("app.css");
    private static final BooleanProperty DARK = new SimpleBooleanProperty(Appearance.class, "dark");
    private static boolean watching;

    private Appearance() {
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Appearance.class.getResource("/org/ouraviewer/ui/" + name), name)
                .toExternalForm();
    }

    public static BooleanProperty darkProperty() {
        return DARK;
    }

    /** Styles every window from now on, including dialogs of other views. */
    public static void styleAllWindows() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().forEach(Appearance::style);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Appearance::style);
            }
        });
        DARK.addListener((obs, o, n) -> Window.getWindows().forEach(Appearance::style));
    }

    private static void style(Window w) {
        if (!(w instanceof PopupWindow) && w.getScene() != null) {
            style(w.getScene());
        }
    }

    /** Adds the stylesheets to {@code scene} and sets its root's appearance. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(THEME)) {
            scene.getStylesheets().addAll(THEME, APP);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().remove("dark");
            if (DARK.get()) {
                root.getStyleClass().add("dark");
            }
        }
    }
}
