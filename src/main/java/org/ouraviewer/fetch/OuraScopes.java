package org.ouraviewer.fetch;

import java.util.List;
import java.util.Locale;
import org.ouraviewer.model.OuraKind;

/**
 * Which permission (OAuth scope) each kind needs (DATA.md, <i>Getting a token in 2026</i>): {@code stress}
 * brings daily_stress and daily_resilience, {@code heart_health} daily_cardiovascular_age and vO2_max. Apps of
 * the new portal write {@code extapi:daily}, legacy apps {@code daily}: both count.
 */
final class OuraScopes {
    private OuraScopes() {
    }

    /** The permission {@code kind} needs, without the {@code extapi:} prefix. */
    static String of(OuraKind kind) {
        return switch (kind) {
            case HEARTRATE -> "heartrate";
            case WORKOUT -> "workout";
            case TAG, ENHANCED_TAG -> "tag";
            case SESSION -> "session";
            case DAILY_SPO2 -> "spo2";
            case DAILY_STRESS, DAILY_RESILIENCE -> "stress";
            case DAILY_CARDIOVASCULAR_AGE, VO2_MAX -> "heart_health";
            case RING_CONFIGURATION -> "ring_configuration";
            case PERSONAL_INFO -> "personal";
            default -> "daily";
        };
    }

    /**
     * Whether {@code granted} (the token answer's space-separated {@code scope}) covers {@code kind}; an
     * unknown grant (null: a pasted token, an old sign-in) covers everything, and the server decides.
     */
    static boolean covers(String granted, OuraKind kind) {
        if (granted == null || granted.isBlank()) {
            return true;
        }
        String needed = of(kind);
        for (String s : List.of(granted.toLowerCase(Locale.ROOT).trim().split("\\s+"))) {
            if (s.equals(needed) || s.equals("extapi:" + needed)) {
                return true;
            }
        }
        return false;
    }

    /** Why a kind is skipped for want of its permission, naming the permission to tick. */
    static String notGranted(OuraKind kind) {
        return "the sign-in was not granted the \"" + of(kind) + "\" permission; tick it when signing in to Oura"
                + " (oura-viewer login) to fetch " + kind.route();
    }
}
