package org.ouraviewer.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its settings and data, by each system's convention. The system properties
 * {@code ouraviewer.config.dir} and {@code ouraviewer.data.dir} override them (tests, portable installs).
 */
public final class AppDirs {
    private static final String APP = "oura-viewer";
    private static final String APP_TITLE = "Oura Viewer";

    private AppDirs() {
    }

    /** Settings: small files such as recent folders and window bounds. */
    public static Path config() {
        String override = System.getProperty("ouraviewer.config.dir");
        if (override != null) {
            return Path.of(override);
        }
        return switch (os()) {
            case "windows" -> Path.of(env("APPDATA", home().resolve("AppData/Roaming").toString()), APP_TITLE);
            case "mac" -> home().resolve("Library/Application Support").resolve(APP_TITLE);
            default -> Path.of(env("XDG_CONFIG_HOME", home().resolve(".config").toString()), APP);
        };
    }

    /** Data: fetched files and the unpacked sample data. */
    public static Path data() {
        String override = System.getProperty("ouraviewer.data.dir");
        if (override != null) {
            return Path.of(override);
        }
        return switch (os()) {
            case "windows" -> Path.of(env("LOCALAPPDATA", home().resolve("AppData/Local").toString()), APP_TITLE);
            case "mac" -> home().resolve("Library/Application Support").resolve(APP_TITLE);
            default -> Path.of(env("XDG_DATA_HOME", home().resolve(".local/share").toString()), APP);
        };
    }

    /** The app's log files (rotated), in the data folder. */
    public static Path logs() {
        return data().resolve("logs");
    }

    private static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "unix";
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
