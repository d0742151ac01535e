package org.ouraviewer.text;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How durations and clock times read everywhere in the app: {@code 6:43}, {@code 23:05}. */
public final class Durations {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** ISO-8601 as the API writes it: seconds always, and {@code +00:00} rather than {@code Z}. */
    public static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Durations() {
    }

    /** Hours and minutes, {@code 6:43}; a dash when unknown. */
    public static String hm(Integer seconds) {
        if (seconds == null) {
            return "-";
        }
        long minutes = Math.round(seconds / 60.0);
        return (minutes / 60) + ":" + String.format("%02d", minutes % 60);
    }

    /** The instant as recorded, with its offset: {@code 2022-12-01T00:43:00+00:00}. */
    public static String recorded(OffsetDateTime t) {
        return t == null ? null : RECORDED.format(t);
    }

    /** The recorded local clock time, in the offset the time was recorded in. */
    public static String clock(OffsetDateTime t) {
        return t == null ? "-" : CLOCK.format(t);
    }
}
