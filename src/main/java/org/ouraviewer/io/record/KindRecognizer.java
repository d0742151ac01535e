package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ouraviewer.model.OuraKind;

/**
 * Recognises what a record is from its fields: file names get changed ({@code export (1).json}) and
 * wrapper keys lie (a script's {@code "sleep"} holding daily_sleep documents), fields do not. A name (of
 * the file, of the wrapper key, of the export's CSV) is only a hint, used where the fields fit several
 * kinds, such as a bare {@code {"day", "score"}}.
 */
public final class KindRecognizer {
    /**
     * Names as files and wrappers write them, squeezed to letters and digits, longest first so that
     * {@code dailysleep} is not taken for {@code sleep}. The Membership Hub export calls sleep periods
     * {@code sleepmodel}; Oura on the Web writes {@code daily-sleep}, {@code heart-rate}.
     */
    private static final List<Map.Entry<String, OuraKind>> NAMES = List.of(
            Map.entry("dailycardiovascularage", OuraKind.DAILY_CARDIOVASCULAR_AGE),
            Map.entry("ringconfiguration", OuraKind.RING_CONFIGURATION),
            Map.entry("dailyresilience", OuraKind.DAILY_RESILIENCE),
            Map.entry("dailyreadiness", OuraKind.DAILY_READINESS),
            Map.entry("restmodeperiod", OuraKind.REST_MODE_PERIOD),
            Map.entry("dailyactivity", OuraKind.DAILY_ACTIVITY),
            Map.entry("personalinfo", OuraKind.PERSONAL_INFO),
            Map.entry("enhancedtag", OuraKind.ENHANCED_TAG),
            Map.entry("dailystress", OuraKind.DAILY_STRESS),
            Map.entry("dailysleep", OuraKind.DAILY_SLEEP),
            Map.entry("sleepmodel", OuraKind.SLEEP),
            Map.entry("sleeptime", OuraKind.SLEEP_TIME),
            Map.entry("heartrate", OuraKind.HEARTRATE),
            Map.entry("dailyspo2", OuraKind.DAILY_SPO2),
            Map.entry("readiness", OuraKind.DAILY_READINESS),
            Map.entry("activity", OuraKind.DAILY_ACTIVITY),
            Map.entry("workout", OuraKind.WORKOUT),
            Map.entry("session", OuraKind.SESSION),
            Map.entry("vo2max", OuraKind.VO2_MAX),
            Map.entry("spo2", OuraKind.DAILY_SPO2),
            Map.entry("sleep", OuraKind.SLEEP),
            Map.entry("tag", OuraKind.TAG));

    private KindRecognizer() {
    }

    /** The kind a file name or wrapper key names, if any: a hint for records whose fields fit several kinds. */
    public static Optional<OuraKind> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String squeezed = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (Map.Entry<String, OuraKind> e : NAMES) {
            if (squeezed.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether the name is the V1 export of Open Humans. */
    public static boolean isV1FileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).startsWith("oura-data");
    }

    /** The kind of one record from its fields (the hint deciding only among kinds the fields fit), if any. */
    public static Optional<RecordKind> recognize(JsonNode r, Optional<OuraKind> hint) {
        if (!r.isObject()) {
            return Optional.empty();
        }
        if (r.has("summary_date")) {
            return fromV1Fields(r, hint);
        }
        OuraKind k = v2Kind(r);
        if (k != null && !hasItsDay(k, r)) {
            k = null; // a script's own summary that happens to have "steps": not an Oura document
        }
        if (k == null && r.has("day") && has(r, "score", "contributors")) {
            // a daily document with nothing but its score: the name says which
            k = hint.filter(h -> h == OuraKind.DAILY_SLEEP || h == OuraKind.DAILY_READINESS
                    || h == OuraKind.DAILY_ACTIVITY).orElse(null);
        }
        return Optional.ofNullable(k).map(RecordKind::v2);
    }

    /** Every Oura document says when it is: its day, or for some kinds a start or a time. */
    private static boolean hasItsDay(OuraKind k, JsonNode r) {
        return switch (k) {
            case HEARTRATE -> r.has("timestamp") || r.has("timestamp_unix");
            case SLEEP -> r.has("day") && r.has("bedtime_start");
            case ENHANCED_TAG -> r.has("start_day") || r.has("start_time");
            case REST_MODE_PERIOD -> r.has("start_day") || r.has("start_time");
            case RING_CONFIGURATION, PERSONAL_INFO -> true;
            case DAYTIME_STRESS, SKIN_TEMPERATURE -> r.has("timestamp");
            default -> r.has("day");
        };
    }

    private static Optional<RecordKind> fromV1Fields(JsonNode r, Optional<OuraKind> hint) {
        if (has(r, "bedtime_start", "hypnogram_5min", "total", "rmssd")) {
            return Optional.of(RecordKind.v1(OuraKind.SLEEP));
        }
        if (has(r, "class_5min", "steps", "cal_total", "day_start", "met_1min")) {
            return Optional.of(RecordKind.v1(OuraKind.DAILY_ACTIVITY));
        }
        if (has(r, "score_previous_night", "score_hrv_balance", "score_resting_hr", "score_recovery_index")) {
            return Optional.of(RecordKind.v1(OuraKind.DAILY_READINESS));
        }
        return hint.filter(h -> h == OuraKind.SLEEP || h == OuraKind.DAILY_ACTIVITY || h == OuraKind.DAILY_READINESS)
                .map(RecordKind::v1);
    }

    private static OuraKind v2Kind(JsonNode r) {
        JsonNode contributors = r.path("contributors");
        if (r.has("bpm") && (r.has("timestamp") || r.has("timestamp_unix"))) {
            return OuraKind.HEARTRATE;
        }
        if (r.has("bedtime_start")) {
            return OuraKind.SLEEP;
        }
        if (has(r, "tag_type_code", "custom_name")) {
            return OuraKind.ENHANCED_TAG;
        }
        if (r.has("tags") && r.has("timestamp")) {
            return OuraKind.TAG;
        }
        if (r.has("activity") && r.has("start_datetime")) {
            return OuraKind.WORKOUT;
        }
        if (r.has("start_datetime") && r.has("type")) {
            return OuraKind.SESSION;
        }
        if (has(r, "spo2_percentage", "breathing_disturbance_index")) {
            return OuraKind.DAILY_SPO2;
        }
        if (has(r, "stress_high", "recovery_high", "day_summary")) {
            return OuraKind.DAILY_STRESS;
        }
        if (has(r, "stress_value", "recovery_value")) {
            return OuraKind.DAYTIME_STRESS;
        }
        if (r.has("skin_temp")) {
            return OuraKind.SKIN_TEMPERATURE;
        }
        if (r.has("vascular_age")) {
            return OuraKind.DAILY_CARDIOVASCULAR_AGE;
        }
        if (r.has("vo2_max")) {
            return OuraKind.VO2_MAX;
        }
        if (has(r, "optimal_bedtime", "recommendation")) {
            return OuraKind.SLEEP_TIME;
        }
        if (r.has("episodes")) {
            return OuraKind.REST_MODE_PERIOD;
        }
        if (r.has("level") && has(contributors, "sleep_recovery", "daytime_recovery", "stress")) {
            return OuraKind.DAILY_RESILIENCE;
        }
        if (has(r, "class_5_min", "steps", "active_calories", "met")) {
            return OuraKind.DAILY_ACTIVITY;
        }
        if (r.has("temperature_deviation") || has(contributors, "hrv_balance", "recovery_index", "resting_heart_rate")) {
            return OuraKind.DAILY_READINESS;
        }
        if (has(contributors, "deep_sleep", "rem_sleep", "total_sleep", "restfulness")) {
            return OuraKind.DAILY_SLEEP;
        }
        if (has(r, "hardware_type", "firmware_version")) {
            return OuraKind.RING_CONFIGURATION;
        }
        if (has(r, "biological_sex", "email")) {
            return OuraKind.PERSONAL_INFO;
        }
        return null;
    }

    private static boolean has(JsonNode r, String... fields) {
        for (String f : fields) {
            if (r.has(f)) {
                return true;
            }
        }
        return false;
    }
}
