package org.ouraviewer.io.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which system is asked what, in which order, with the commands answered by the test. */
class ColorSchemeProbeTest {
    private static final Optional<ColorScheme> NONE = Optional.empty();

    @TempDir
    Path home;

    private final Map<String, String> answers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();

    /** A command answers what the test set for its program and last word; one not set is not installed. */
    private Optional<String> run(List<String> command) {
        String key = command.get(0) + " " + command.get(command.size() - 1);
        asked.add(key);
        return Optional.ofNullable(answers.get(key));
    }

    private ColorSchemeProbe probe(String os, Map<String, String> environment) {
        return new ColorSchemeProbe(os, environment, home, this::run);
    }

    @Test
    void linuxAsksThePortalFirstThenGnome() {
        Map<String, String> session = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
        answers.put("gdbus color-scheme", "(<<uint32 1>>,)\n");
        answers.put("gsettings color-scheme", "'default'\n");
        assertEquals(Optional.of(ColorScheme.DARK), probe("Linux", session).detect());
        assertEquals(List.of("gdbus color-scheme"), asked);

        answers.put("gdbus color-scheme", "(<<uint32 0>>,)\n"); // no preference: GNOME's own settings decide
        answers.put("gsettings gtk-theme", "'Adwaita-dark'\n");
        assertEquals(Optional.of(ColorScheme.DARK), probe("Linux", session).detect());
        answers.put("gsettings color-scheme", "'prefer-light'\n");
        assertEquals(Optional.of(ColorScheme.LIGHT), probe("Linux", session).detect());
    }

    @Test
    void withoutASessionBusThePortalIsNotAsked() {
        answers.put("gdbus color-scheme", "(<<uint32 1>>,)\n");
        answers.put("gsettings color-scheme", "'prefer-light'\n");
        assertEquals(Optional.of(ColorScheme.LIGHT), probe("Linux", Map.of()).detect());
        assertEquals(List.of("gsettings color-scheme"), asked);
    }

    @Test
    void noProgramAndNoDesktopIsNoAnswer() {
        assertEquals(NONE, probe("Linux", Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=x")).detect());
        assertEquals(NONE, probe("Mac OS X", Map.of()).detect());
        assertEquals(NONE, probe("Windows 11", Map.of()).detect());
        assertEquals(NONE, probe("Linux", Map.of("XDG_CURRENT_DESKTOP", "KDE")).detect(), "no kdeglobals");
    }

    @Test
    void kdeIsReadFromItsConfigFile() throws IOException {
        Path config = Files.createDirectories(home.resolve(".config"));
        Files.writeString(config.resolve("kdeglobals"), "[General]\nColorScheme=BreezeDark\n");
        answers.put("gsettings color-scheme", "'prefer-light'\n"); // GNOME's defaults on a KDE desktop: not asked
        assertEquals(Optional.of(ColorScheme.DARK), probe("Linux", Map.of("XDG_CURRENT_DESKTOP", "KDE")).detect());
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("kdeglobals"), "[Colors:Window]\nBackgroundNormal=239,240,241\n");
        assertEquals(Optional.of(ColorScheme.LIGHT), probe("Linux", Map.of("XDG_CURRENT_DESKTOP", "ubuntu:KDE",
                "XDG_CONFIG_HOME", elsewhere.toString())).detect());
        assertEquals(List.of(), asked);
    }

    @Test
    void macAndWindowsAskTheirOwnSetting() {
        answers.put("defaults AppleInterfaceStyle", "Dark\n");
        answers.put("reg AppsUseLightTheme", "    AppsUseLightTheme    REG_DWORD    0x1\r\n");
        assertEquals(Optional.of(ColorScheme.DARK), probe("Mac OS X", Map.of()).detect());
        assertEquals(Optional.of(ColorScheme.LIGHT), probe("Windows 10", Map.of()).detect());
        assertEquals(List.of("defaults AppleInterfaceStyle", "reg AppsUseLightTheme"), asked);
    }

    /** The real command runner: a program that is not there is no answer, quickly, not an error. */
    @Test
    void aMissingProgramIsNoAnswer() {
        assertEquals(Optional.empty(), ShortCommand.output(List.of("oura-viewer-no-such-program-here")));
    }
}
