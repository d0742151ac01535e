package org.ouraviewer.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's named colours, read from {@code theme.css}, the one place they are kept. The window's stylesheets
 * look them up by name; the charts need them where JavaFX is not running (a PNG or SVG exported from the command
 * line), so this reads the stylesheet's declarations itself: {@code .root} holds the light values,
 * {@code .root.dark} the dark ones that differ. Only what theme.css uses is understood: {@code -ov-name: value;}
 * with a value {@code #rrggbb}, {@code rgba(r, g, b, a)} or another {@code -ov-} name.
 */
public final class ThemeColours {
    static final String RESOURCE = "/org/ouraviewer/ui/theme.css";

    private static final Pattern BLOCK = Pattern.compile("(\\.root(?:\\.dark)?)\\s*\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-ov-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile(
            "rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)");

    public static final ThemeColours LIGHT;
    public static final ThemeColours DARK;

    static {
        Map<String, Map<String, String>> blocks = blocks(stylesheet());
        Map<String, String> light = blocks.getOrDefault(".root", Map.of());
        Map<String, String> dark = new HashMap<>(light);
        dark.putAll(blocks.getOrDefault(".root.dark", Map.of()));
        LIGHT = new ThemeColours(light);
        DARK = new ThemeColours(dark);
    }

    private final Map<String, String> values;

    private ThemeColours(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The colours of an appearance, which the window's View menu sets. */
    public static ThemeColours of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /**
     * The colour named {@code name} (with its {@code -ov-} prefix), following names that refer to others.
     *
     * @throws IllegalArgumentException when theme.css does not define it: a misspelt name is a bug, found at start
     */
    public Rgb colour(String name) {
        String value = values.get(name);
        for (int hops = 0; value != null && value.startsWith("-ov-") && hops < 8; hops++) {
            value = values.get(value);
        }
        if (value == null) {
            throw new IllegalArgumentException("theme.css has no colour " + name);
        }
        return parse(name, value);
    }

    static Rgb parse(String name, String value) {
        if (value.matches("#[0-9a-fA-F]{6}")) {
            return Rgb.of(Integer.parseInt(value.substring(1), 16));
        }
        Matcher m = RGBA.matcher(value);
        if (m.matches()) {
            return new Rgb(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Double.parseDouble(m.group(4)));
        }
        throw new IllegalArgumentException("theme.css: " + name + " is not a colour the charts can use: " + value);
    }

    static Map<String, Map<String, String>> blocks(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> blocks = new HashMap<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            Map<String, String> declarations = blocks.computeIfAbsent(block.group(1), k -> new HashMap<>());
            Matcher d = DECLARATION.matcher(block.group(2));
            while (d.find()) {
                declarations.put(d.group(1), d.group(2).trim());
            }
        }
        return blocks;
    }

    private static String stylesheet() {
        try (InputStream in = ThemeColours.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
