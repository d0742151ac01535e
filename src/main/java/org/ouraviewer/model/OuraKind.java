package org.ouraviewer.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of Oura data, named as the API routes name them ({@code /v2/usercollection/<route>}). */
public enum OuraKind {
    DAILY_ACTIVITY("daily_activity", true),
    DAILY_READINESS("daily_readiness", true),
    DAILY_SLEEP("daily_sleep", true),
    HEARTRATE("heartrate", false),
    SLEEP("sleep", false),
    TAG("tag", false),
    ENHANCED_TAG("enhanced_tag", false),
    WORKOUT("workout", false),
    SESSION("session", false),
    DAILY_SPO2("daily_spo2", true),
    DAILY_STRESS("daily_stress", true),
    DAILY_RESILIENCE("daily_resilience", true),
    DAILY_CARDIOVASCULAR_AGE("daily_cardiovascular_age", true),
    VO2_MAX("vO2_max", true),
    SLEEP_TIME("sleep_time", true),
    REST_MODE_PERIOD("rest_mode_period", false),
    RING_CONFIGURATION("ring_configuration", false),
    PERSONAL_INFO("personal_info", false),
    /** The Membership Hub's {@code daytimestress} series (no API route): stress and recovery values. */
    DAYTIME_STRESS("daytime_stress", false),
    /** The Membership Hub's {@code temperature} series (no API route): skin temperature in °C. */
    SKIN_TEMPERATURE("skin_temperature", false);

    private final String route;
    private final boolean daily;

    OuraKind(String route, boolean daily) {
        this.route = route;
        this.daily = daily;
    }

    /** The API route name, which is also the name used in files ({@code oura-v2-<route>.json}). */
    public String route() {
        return route;
    }

    /** One document per day, keyed by its {@code day}. */
    public boolean isDaily() {
        return daily;
    }

    public static Optional<OuraKind> fromRoute(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.route.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    @Override
    public String toString() {
        return route;
    }
}
