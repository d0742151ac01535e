package org.ouraviewer.model;

import java.util.Locale;

/** Where a heart-rate row comes from, as the API's {@code source} field says. */
public enum HeartRateSource {
    AWAKE, REST, SLEEP, SESSION, LIVE, WORKOUT, UNKNOWN;

    private static final HeartRateSource[] KNOWN = {AWAKE, REST, SLEEP, SESSION, LIVE, WORKOUT};
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static HeartRateSource fromCode(CharSequence code) {
        if (code == null) {
            return UNKNOWN;
        }
        for (HeartRateSource s : KNOWN) {
            if (s.code.contentEquals(code)) {
                return s;
            }
        }
        String lower = code.toString().toLowerCase(Locale.ROOT);
        for (HeartRateSource s : KNOWN) {
            if (s.code.equals(lower)) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /**
     * The source named by {@code chars[offset, offset + length)}; {@link #UNKNOWN} for anything else.
     * Heart-rate files have millions of rows, so this reads the parser's buffer without making a String.
     */
    public static HeartRateSource fromCode(char[] chars, int offset, int length) {
        for (HeartRateSource s : KNOWN) {
            if (s.code.length() == length && matches(s.code, chars, offset)) {
                return s;
            }
        }
        return fromCode(new String(chars, offset, length));
    }

    private static boolean matches(String code, char[] chars, int offset) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
