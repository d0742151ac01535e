package org.ouraviewer.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Light or dark, one per main window (its {@link ViewContext}): the app's stylesheets on the window and on
 * every window it owns, and the {@code dark} style class on each one's root, which switches the looked-up
 * colours of {@code theme.css}. Dialogs opened by any view are styled too, because the window owns them.
 * Popups (menus, tooltips) take their colours from the node that owns them. Views read {@link #darkProperty}
 * for what they paint themselves. FX thread only.
 */
public final class Appearance {
    private static final String THEME = stylesheet("theme.css");
    private static final String APP = stylesheet("app.css");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");

    /** Dark while {@code dark} holds (the window's setting; a test's own property). */
    public Appearance(ObservableBooleanValue dark) {
        this.dark.bind(Objects.requireNonNull(dark));
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Appearance.class.getResource("/org/ouraviewer/ui/" + name), name)
                .toExternalForm();
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Styles {@code main} and, from now on, every window it owns (the dialogs of its views). */
    public void styleWindows(Window main) {
        main.getProperties().put(Appearance.class, this);
        NewWindows.watch();
        restyleMine();
        dark.addListener((obs, o, n) -> restyleMine());
    }

    private void restyleMine() {
        Window.getWindows().stream().filter(w -> of(w) == this).forEach(this::style);
    }

    /** The appearance of the main window that owns {@code w} (or is it); null for a window of no main window. */
    private static Appearance of(Window w) {
        for (Window at = w; at != null; at = at instanceof Stage s ? s.getOwner() : null) {
            if (at.getProperties().get(Appearance.class) instanceof Appearance a) {
                return a;
            }
        }
        return null;
    }

    private void style(Window w) {
        if (!(w instanceof PopupWindow) && w.getScene() != null) {
            style(w.getScene());
        }
    }

    /** Adds the stylesheets to {@code scene} and sets its root's appearance. */
    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(THEME)) {
            scene.getStylesheets().addAll(THEME, APP);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().remove("dark");
            if (dark.get()) {
                root.getStyleClass().add("dark");
            }
        }
    }

    /**
     * The one listener on the toolkit's list of windows (a list that is global itself): a window that opens
     * takes the appearance of the main window that owns it. Loading the class installs it, once.
     */
    private static final class NewWindows {
        static {
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    for (Window w : c.getAddedSubList()) {
                        Appearance a = of(w);
                        if (a != null) {
                            a.style(w);
                        }
                    }
                }
            });
        }

        private NewWindows() {
        }

        static void watch() {
            // the static initializer has run by now
        }
    }
}
