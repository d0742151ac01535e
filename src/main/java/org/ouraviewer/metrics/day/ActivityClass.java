package org.ouraviewer.metrics.day;

import java.util.Locale;

/** The classes of {@code class_5_min}, in the order of their characters: '0' non-wear to '5' high. */
public enum ActivityClass {
    NON_WEAR, REST, INACTIVE, LOW, MEDIUM, HIGH;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The name in {@code day --json}: {@code non_wear}, {@code rest}, … */
    public String code() {
        return code;
    }

    /** The class of a {@code class_5_min} character; null for anything but '0'–'5'. */
    public static ActivityClass of(char c) {
        return c >= '0' && c <= '5' ? values()[c - '0'] : null;
    }
}
