package org.ouraviewer.io.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the system for its light or dark setting, the way each system tells it (no native library needed):
 * the freedesktop portal, then GNOME's gsettings or KDE's {@code kdeglobals} on Linux and the other Unixes;
 * {@code defaults} on macOS; the registry on Windows. Runs commands and waits for them (briefly, {@link
 * ShortCommand}): call it on a background thread. No answer (a missing program, no desktop) is empty.
 */
public final class ColorSchemeProbe {
    private static final List<String> PORTAL = List.of("gdbus", "call", "--session",
            "--dest", "org.freedesktop.portal.Desktop", "--object-path", "/org/freedesktop/portal/desktop",
            "--method", "org.freedesktop.portal.Settings.Read", "org.freedesktop.appearance", "color-scheme");
    private static final List<String> GNOME_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface",
            "color-scheme");
    private static final List<String> GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface",
            "gtk-theme");
    private static final List<String> MAC = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    private static final List<String> WINDOWS = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");
    /** A kdeglobals is a few kilobytes; anything far larger is not one. */
    private static final long MAX_KDE_FILE = 1 << 20;

    private final String osName;
    private final Map<String, String> environment;
    private final Path home;
    private final Function<List<String>, Optional<String>> commands;

    /** @param commands runs a command and gives what it printed ({@link ShortCommand}; tests answer for it) */
    ColorSchemeProbe(String osName, Map<String, String> environment, Path home,
                     Function<List<String>, Optional<String>> commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = Map.copyOf(environment);
        this.home = home;
        this.commands = commands;
    }

    /** The probe of the system the app runs on. */
    public static ColorSchemeProbe ofThisSystem() {
        return new ColorSchemeProbe(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")), ShortCommand::output);
    }

    /** The system's setting now; empty when it has none or cannot tell. */
    public Optional<ColorScheme> detect() {
        if (osName.startsWith("windows")) {
            return ask(WINDOWS, ColorSchemeAnswers::windowsRegistry);
        }
        if (osName.startsWith("mac")) {
            return ask(MAC, ColorSchemeAnswers::macDefaults);
        }
        Optional<ColorScheme> portal = hasSessionBus() ? ask(PORTAL, ColorSchemeAnswers::portal) : Optional.empty();
        if (portal.isPresent()) {
            return portal;
        }
        if (environment.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(Locale.ROOT).contains("KDE")) {
            return kdeGlobals();
        }
        Optional<ColorScheme> gnome = ask(GNOME_SCHEME, ColorSchemeAnswers::gnomeColorScheme);
        return gnome.isPresent() ? gnome : ask(GTK_THEME, ColorSchemeAnswers::gtkTheme);
    }

    /**
     * Whether a session bus is there to ask. Without one, gdbus would try to start a bus of its own (D-Bus
     * autolaunch) every time it is asked: under a bare X server or over ssh there is no portal anyway.
     */
    private boolean hasSessionBus() {
        if (!environment.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()) {
            return true;
        }
        String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        try {
            return !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
        } catch (RuntimeException e) {
            return false; // not a path here
        }
    }

    private Optional<ColorScheme> ask(List<String> command, Function<String, Optional<ColorScheme>> answer) {
        return commands.apply(command).flatMap(answer);
    }

    private Optional<ColorScheme> kdeGlobals() {
        String configHome = environment.getOrDefault("XDG_CONFIG_HOME", "");
        Path file = (configHome.isBlank() ? home.resolve(".config") : Path.of(configHome)).resolve("kdeglobals");
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_KDE_FILE) {
                return Optional.empty();
            }
            return ColorSchemeAnswers.kdeGlobals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: no answer, as if absent
        }
    }
}
