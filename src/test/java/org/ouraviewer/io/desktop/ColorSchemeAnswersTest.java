package org.ouraviewer.io.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each system's answer, as its command prints it (or its file holds it), read as light, dark or no answer. */
class ColorSchemeAnswersTest {
    private static final String DARK = "DARK";
    private static final String LIGHT = "LIGHT";
    private static final String NONE = "none";

    static Stream<Arguments> portal() {
        return Stream.of(
                Arguments.of("(<<uint32 1>>,)\n", DARK),
                Arguments.of("(<<uint32 2>>,)\n", LIGHT),
                Arguments.of("(<<uint32 0>>,)\n", NONE), // no preference: the desktop's own setting decides
                Arguments.of("(<uint32 1>,)\n", DARK), // ReadOne, the newer method, has one variant less
                Arguments.of("  (<<uint32   2>>,)  \r\n", LIGHT),
                Arguments.of("(<<uint32 3>>,)\n", NONE), // a value from a newer portal
                Arguments.of("Error: GDBus.Error:org.freedesktop.portal.Error.NotFound: Requested setting not found\n",
                        NONE),
                Arguments.of("Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                        + "org.freedesktop.portal.Desktop was not provided by any .service files\n", NONE),
                Arguments.of("Error connecting: Cannot autolaunch D-Bus without X11 $DISPLAY\n", NONE),
                Arguments.of("", NONE));
    }

    static Stream<Arguments> gnomeColorScheme() {
        return Stream.of(
                Arguments.of("'prefer-dark'\n", DARK),
                Arguments.of("'prefer-light'\n", LIGHT),
                Arguments.of("'default'\n", NONE),
                Arguments.of("  'prefer-dark'  \r\n", DARK),
                Arguments.of("No such key “color-scheme”\n", NONE), // GNOME before 42
                Arguments.of("No such schema “org.gnome.desktop.interface”\n", NONE),
                Arguments.of("prefer-dark", NONE), // not what gsettings prints: no guess
                Arguments.of("", NONE));
    }

    static Stream<Arguments> gtkTheme() {
        return Stream.of(
                Arguments.of("'Adwaita-dark'\n", DARK),
                Arguments.of("'Yaru-dark'\n", DARK),
                Arguments.of("'Arc-Dark'\n", DARK),
                Arguments.of("'Adwaita'\n", LIGHT),
                Arguments.of("'Yaru'\n", LIGHT),
                Arguments.of("''\n", NONE),
                Arguments.of("No such schema “org.gnome.desktop.interface”\n", NONE));
    }

    static Stream<Arguments> kdeGlobals() {
        String breezeDark = """
                [ColorEffects:Disabled]
                Color=56,56,56

                [Colors:Button]
                BackgroundNormal=49,54,59

                [Colors:Window]
                BackgroundAlternate=49,54,59
                BackgroundNormal=42,46,50
                ForegroundNormal=252,252,252

                [General]
                ColorScheme=BreezeDark
                Name=Breeze Dark
                """;
        return Stream.of(
                Arguments.of(breezeDark, DARK),
                Arguments.of(breezeDark.replace("42,46,50", "239,240,241"), LIGHT), // the colours, not the name
                Arguments.of("[General]\nColorScheme=BreezeDark\n", DARK),
                Arguments.of("[General]\r\nColorScheme = BreezeLight \r\n", LIGHT),
                Arguments.of("[General]\nColorScheme=Oxygen\n", NONE),
                Arguments.of("[Colors:Window]\nBackgroundNormal=20,20,20,255\n", DARK), // with alpha
                Arguments.of("[Colors:Window][Inactive]\nBackgroundNormal=20,20,20\n", NONE), // another group
                Arguments.of("[Colors:Button]\nBackgroundNormal=20,20,20\n[General]\nName=Mine\n", NONE),
                Arguments.of("[Colors:Window]\nBackgroundNormal=300,0,0\n", NONE),
                Arguments.of("[Colors:Window]\nBackgroundNormal=#202020\n", NONE),
                Arguments.of("", NONE));
    }

    static Stream<Arguments> macDefaults() {
        return Stream.of(
                Arguments.of("Dark\n", DARK),
                Arguments.of("  Dark \r\n", DARK),
                Arguments.of("2024-11-12 08:30:12.345 defaults[1234:56789] \nThe domain/default pair of "
                        + "(kCFPreferencesAnyApplication, AppleInterfaceStyle) does not exist\n", LIGHT),
                Arguments.of("Light\n", NONE),
                Arguments.of("", NONE));
    }

    static Stream<Arguments> windowsRegistry() {
        String key = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n";
        return Stream.of(
                Arguments.of(key + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n", DARK),
                Arguments.of(key + "    AppsUseLightTheme    REG_DWORD    0x1\r\n\r\n", LIGHT),
                Arguments.of(key + "\tAppsUseLightTheme\tREG_DWORD\t0x00000001\n", LIGHT),
                Arguments.of(key + "    SystemUsesLightTheme    REG_DWORD    0x0\r\n", NONE), // another value
                Arguments.of(key + "    AppsUseLightTheme    REG_SZ    0\r\n", NONE),
                Arguments.of("ERROR: The system was unable to find the specified registry key or value.\r\n", NONE),
                Arguments.of("", NONE));
    }

    @ParameterizedTest
    @MethodSource
    void portal(String output, String expected) {
        check(ColorSchemeAnswers::portal, output, expected);
    }

    @ParameterizedTest
    @MethodSource
    void gnomeColorScheme(String output, String expected) {
        check(ColorSchemeAnswers::gnomeColorScheme, output, expected);
    }

    @ParameterizedTest
    @MethodSource
    void gtkTheme(String output, String expected) {
        check(ColorSchemeAnswers::gtkTheme, output, expected);
    }

    @ParameterizedTest
    @MethodSource
    void kdeGlobals(String file, String expected) {
        check(ColorSchemeAnswers::kdeGlobals, file, expected);
    }

    @ParameterizedTest
    @MethodSource
    void macDefaults(String output, String expected) {
        check(ColorSchemeAnswers::macDefaults, output, expected);
    }

    @ParameterizedTest
    @MethodSource
    void windowsRegistry(String output, String expected) {
        check(ColorSchemeAnswers::windowsRegistry, output, expected);
    }

    private static void check(Function<String, Optional<ColorScheme>> parser, String output, String expected) {
        assertEquals(expected, parser.apply(output).map(ColorScheme::name).orElse(NONE), output);
    }
}
