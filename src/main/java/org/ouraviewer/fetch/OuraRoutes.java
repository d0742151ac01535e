package org.ouraviewer.fetch;

import java.util.List;
import org.ouraviewer.model.OuraKind;

/** The API v2 routes a fetch asks for, and the field that gives each document's day. */
final class OuraRoutes {
    /** What the viewer shows first, then the other daily kinds, heart rate (the biggest) last. */
    static final List<OuraKind> FETCHED = List.of(
            OuraKind.DAILY_SLEEP, OuraKind.DAILY_READINESS, OuraKind.DAILY_ACTIVITY, OuraKind.SLEEP,
            OuraKind.WORKOUT, OuraKind.TAG, OuraKind.ENHANCED_TAG, OuraKind.SESSION,
            OuraKind.DAILY_SPO2, OuraKind.DAILY_STRESS, OuraKind.DAILY_RESILIENCE,
            OuraKind.DAILY_CARDIOVASCULAR_AGE, OuraKind.VO2_MAX, OuraKind.SLEEP_TIME,
            OuraKind.REST_MODE_PERIOD, OuraKind.RING_CONFIGURATION, OuraKind.HEARTRATE);

    private OuraRoutes() {
    }

    /** Heart rate is asked by date and time, in windows of at most 30 days; the rest by day. */
    static boolean byDateTime(OuraKind kind) {
        return kind == OuraKind.HEARTRATE;
    }

    /** The field holding a document's day (heart rate has none: its UTC {@code timestamp} is used). */
    static String dayField(OuraKind kind) {
        return switch (kind) {
            case ENHANCED_TAG, REST_MODE_PERIOD -> "start_day";
            case HEARTRATE -> "timestamp";
            default -> "day";
        };
    }
}
