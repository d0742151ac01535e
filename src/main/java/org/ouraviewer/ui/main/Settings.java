package org.ouraviewer.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;

/**
 * What the app remembers between runs: recent files and folders, what was open, the window's bounds
 * and the appearance. FX thread only; {@link SettingsStore} reads and writes it.
 */
final class Settings {
    static final int MAX_RECENT = 10;

    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final List<Path> session = new ArrayList<>();
    private final ObjectProperty<AppearanceChoice> appearance =
            new SimpleObjectProperty<>(this, "appearance", AppearanceChoice.SYSTEM);
    private Rectangle2D windowBounds;
    private boolean windowMaximized;

    /** Recent files and folders, most recent first. */
    ObservableList<Path> recent() {
        return recent;
    }

    /** The folder of the most recent file (or the recent folder itself), if it still exists. */
    Optional<Path> recentFolder() {
        return recent.stream()
                .map(p -> Files.isDirectory(p) ? p : p.getParent())
                .filter(p -> p != null && Files.isDirectory(p))
                .findFirst();
    }

    /** Puts {@code paths} at the top of the recent list and adds them to the session. */
    void opened(List<Path> paths) {
        Set<Path> updated = new LinkedHashSet<>();
        for (Path p : paths) {
            updated.add(p.toAbsolutePath().normalize());
        }
        updated.addAll(recent);
        recent.setAll(updated.stream().limit(MAX_RECENT).toList());
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!session.contains(abs)) {
                session.add(abs);
            }
        }
    }

    /** What is open now, to reopen at the next start. */
    List<Path> session() {
        return List.copyOf(session);
    }

    void clearSession() {
        session.clear();
    }

    /** View ▸ Appearance: System (the default), Light or Dark. */
    ObjectProperty<AppearanceChoice> appearanceProperty() {
        return appearance;
    }

    /** The window's last bounds when it was not maximised; null before the first run. */
    Rectangle2D windowBounds() {
        return windowBounds;
    }

    void setWindowBounds(Rectangle2D bounds) {
        windowBounds = bounds;
    }

    boolean windowMaximized() {
        return windowMaximized;
    }

    void setWindowMaximized(boolean maximized) {
        windowMaximized = maximized;
    }

    SettingsJson toJson() {
        SettingsJson json = new SettingsJson();
        recent.forEach(p -> json.recent.add(p.toString()));
        session.forEach(p -> json.session.add(p.toString()));
        if (windowBounds != null) {
            json.windowX = windowBounds.getMinX();
            json.windowY = windowBounds.getMinY();
            json.windowWidth = windowBounds.getWidth();
            json.windowHeight = windowBounds.getHeight();
        }
        json.windowMaximized = windowMaximized;
        json.appearance = appearance.get().name();
        return json;
    }

    static Settings fromJson(SettingsJson json) {
        Settings s = new Settings();
        s.recent.setAll(paths(json.recent).stream().limit(MAX_RECENT).toList());
        s.session.addAll(paths(json.session));
        if (json.windowX != null && json.windowY != null && json.windowWidth != null && json.windowHeight != null
                && json.windowWidth > 0 && json.windowHeight > 0) {
            s.windowBounds = new Rectangle2D(json.windowX, json.windowY, json.windowWidth, json.windowHeight);
        }
        s.windowMaximized = json.windowMaximized;
        s.appearance.set(appearance(json));
        return s;
    }

    /**
     * The choice written, else the dark flag of a settings file from before the choice (dark stays dark, and
     * light, which was only the default, becomes System); an unknown name (a hand edit) is System too.
     */
    private static AppearanceChoice appearance(SettingsJson json) {
        if (json.appearance == null) {
            return Boolean.TRUE.equals(json.dark) ? AppearanceChoice.DARK : AppearanceChoice.SYSTEM;
        }
        for (AppearanceChoice c : AppearanceChoice.values()) {
            if (c.name().equalsIgnoreCase(json.appearance.strip())) {
                return c;
            }
        }
        return AppearanceChoice.SYSTEM;
    }

    private static List<Path> paths(List<String> strings) {
        List<Path> out = new ArrayList<>();
        if (strings != null) {
            for (String s : strings) {
                try {
                    out.add(Path.of(s));
                } catch (RuntimeException e) {
                    // A path from another system (or a hand edit) that this one cannot represent: skip it.
                }
            }
        }
        return out;
    }
}
