package org.ouraviewer.io.desktop;

import java.util.Optional;

/** One value of an INI-style text ({@code [Group]} then {@code Key=Value} lines), as KDE's config files are. */
final class IniText {
    private IniText() {
    }

    /** The value of {@code key} in {@code [group]}, stripped; the first if written twice. */
    static Optional<String> value(String text, String group, String key) {
        boolean inGroup = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                inGroup = line.substring(1, line.length() - 1).strip().equals(group);
            } else if (inGroup && !line.startsWith("#") && !line.startsWith(";")) {
                int eq = line.indexOf('=');
                // KDE may mark a key with a locale or a flag: Key[$e]=Value
                String name = eq < 0 ? "" : line.substring(0, eq).replaceAll("\\[.*]$", "").strip();
                if (name.equals(key)) {
                    return Optional.of(line.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }
}
