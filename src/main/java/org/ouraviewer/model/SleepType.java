package org.ouraviewer.model;

import java.util.Locale;

/** The type of a sleep period, as the API's {@code type} field says. */
public enum SleepType {
    LONG_SLEEP("long_sleep", "Long sleep"),
    SLEEP("sleep", "Nap"),
    LATE_NAP("late_nap", "Late nap"),
    REST("rest", "Rest"),
    DELETED("deleted", "Deleted"),
    UNKNOWN("unknown", "Sleep");

    private final String code;
    private final String label;

    SleepType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** What the user reads: "Nap" rather than {@code sleep}. */
    public String label() {
        return label;
    }

    /** Whether the period counts in the day's totals (long sleeps and naps, not rest or deleted). */
    public boolean countsAsSleep() {
        return this == LONG_SLEEP || this == SLEEP || this == LATE_NAP;
    }

    public static SleepType fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        for (SleepType t : values()) {
            if (t.code.equals(lower)) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
