package org.ouraviewer.io.desktop;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the answers each system gives when asked for its light or dark setting: pure functions from the
 * text a command printed (or a settings file holds) to light, dark, or no answer. Anything unexpected (an
 * error message, a missing key, a value from a newer system) is no answer, never an exception.
 */
public final class ColorSchemeAnswers {
    private static final Pattern PORTAL_VALUE = Pattern.compile("uint32\\s+(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("^\\s*'([^']*)'\\s*$");
    private static final Pattern REG_DWORD = Pattern.compile("(?m)^\\s*AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)\\s*$");
    private static final Pattern RGB = Pattern.compile("\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(,.*)?");

    private ColorSchemeAnswers() {
    }

    /**
     * The freedesktop portal's {@code org.freedesktop.appearance color-scheme} as {@code gdbus call} prints it:
     * {@code (<<uint32 1>>,)} from {@code Read}, {@code (<uint32 1>,)} from {@code ReadOne}. 1 is dark, 2 light,
     * 0 "no preference" (which leaves the question to the desktop's own setting).
     */
    public static Optional<ColorScheme> portal(String gdbusOutput) {
        Matcher m = PORTAL_VALUE.matcher(gdbusOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        return switch (m.group(1)) {
            case "1" -> Optional.of(ColorScheme.DARK);
            case "2" -> Optional.of(ColorScheme.LIGHT);
            default -> Optional.empty();
        };
    }

    /**
     * GNOME's {@code gsettings get org.gnome.desktop.interface color-scheme}: {@code 'prefer-dark'},
     * {@code 'prefer-light'}, or {@code 'default'} (no answer: the theme's name decides, {@link #gtkTheme}).
     */
    public static Optional<ColorScheme> gnomeColorScheme(String gsettingsOutput) {
        return quoted(gsettingsOutput).flatMap(value -> switch (value) {
            case "prefer-dark" -> Optional.of(ColorScheme.DARK);
            case "prefer-light" -> Optional.of(ColorScheme.LIGHT);
            default -> Optional.empty();
        });
    }

    /**
     * {@code gsettings get org.gnome.desktop.interface gtk-theme}: a dark variant is named so by convention
     * ({@code 'Adwaita-dark'}, {@code 'Yaru-dark'}, {@code 'Arc-Dark'}); any other theme is light.
     */
    public static Optional<ColorScheme> gtkTheme(String gsettingsOutput) {
        return quoted(gsettingsOutput).filter(name -> !name.isBlank())
                .map(name -> name.toLowerCase(Locale.ROOT).contains("dark") ? ColorScheme.DARK : ColorScheme.LIGHT);
    }

    /**
     * KDE's {@code kdeglobals}: the window background of {@code [Colors:Window] BackgroundNormal=r,g,b} (dark
     * when its luminance is low), else the scheme's name in {@code [General] ColorScheme=BreezeDark}.
     */
    public static Optional<ColorScheme> kdeGlobals(String file) {
        Optional<ColorScheme> background = IniText.value(file, "Colors:Window", "BackgroundNormal")
                .flatMap(ColorSchemeAnswers::byLuminance);
        if (background.isPresent()) {
            return background;
        }
        return IniText.value(file, "General", "ColorScheme").flatMap(name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.contains("dark") ? Optional.of(ColorScheme.DARK)
                    : lower.contains("light") ? Optional.of(ColorScheme.LIGHT) : Optional.empty();
        });
    }

    /**
     * macOS's {@code defaults read -g AppleInterfaceStyle}: {@code Dark} while dark; in light mode the key is
     * absent and the command fails saying the pair "does not exist".
     */
    public static Optional<ColorScheme> macDefaults(String output) {
        String text = output.strip();
        if (text.equalsIgnoreCase("Dark")) {
            return Optional.of(ColorScheme.DARK);
        }
        return text.contains("does not exist") ? Optional.of(ColorScheme.LIGHT) : Optional.empty();
    }

    /**
     * Windows's {@code reg query HKCU\...\Themes\Personalize /v AppsUseLightTheme}: a line
     * {@code AppsUseLightTheme    REG_DWORD    0x0}, 0 for dark and 1 for light; an error when the key is absent.
     */
    public static Optional<ColorScheme> windowsRegistry(String output) {
        Matcher m = REG_DWORD.matcher(output);
        if (!m.find() || m.group(1).length() > 8) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1), 16) == 0 ? ColorScheme.DARK : ColorScheme.LIGHT);
    }

    /** The single-quoted string gsettings prints, if the output is one. */
    private static Optional<String> quoted(String output) {
        Matcher m = QUOTED.matcher(output);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Dark when the relative luminance (ITU-R BT.709 weights) of {@code r,g,b} is below half. */
    private static Optional<ColorScheme> byLuminance(String rgb) {
        Matcher m = RGB.matcher(rgb);
        if (!m.matches()) {
            return Optional.empty();
        }
        int r = Integer.parseInt(m.group(1));
        int g = Integer.parseInt(m.group(2));
        int b = Integer.parseInt(m.group(3));
        if (r > 255 || g > 255 || b > 255) {
            return Optional.empty();
        }
        double luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        return Optional.of(luminance < 0.5 ? ColorScheme.DARK : ColorScheme.LIGHT);
    }
}
