package org.ouraviewer.model;

import java.util.Locale;

/** Where a heart-rate row comes from, as the API's {@code source} field says. */
public enum HeartRateSource {
    AWAKE, REST, SLEEP, SESSION, LIVE, WORKOUT, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HeartRateSource fromCode(CharSequence code) {
        if (code == null) {
            return UNKNOWN;
        }
        String c = code.toString().toLowerCase(Locale.ROOT);
        for (HeartRateSource s : values()) {
            if (s != UNKNOWN && s.code().equals(c)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
