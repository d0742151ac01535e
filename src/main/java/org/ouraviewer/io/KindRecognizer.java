package org.ouraviewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ouraviewer.model.OuraKind;

/**
 * Recognises the kind of a file from its name when the name says it ({@code oura-v2-sleep.json},
 * {@code daily_sleep_2018.json}), otherwise from the fields of its records: file names get changed
 * ({@code export (1).json}), fields do not.
 */
final class KindRecognizer {
    /** Longest names first, so that {@code daily_sleep} is not taken for {@code sleep}. */
    private static final List<NamePattern> NAME_PATTERNS = Arrays.stream(OuraKind.values())
            .sorted(Comparator.comparingInt((OuraKind k) -> k.route().length()).reversed())
            .map(k -> new NamePattern(k, Pattern.compile("(^|[^a-z0-9])" + k.route().toLowerCase(Locale.ROOT)
                    + "s?([^a-z0-9]|$)")))
            .toList();

    private KindRecognizer() {
    }

    private record NamePattern(OuraKind kind, Pattern pattern) {
    }

    /** The V2 kind a file name names, if any. */
    static Optional<OuraKind> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replace("heart_rate", "heartrate");
        return NAME_PATTERNS.stream().filter(p -> p.pattern.matcher(name).find()).map(NamePattern::kind).findFirst();
    }

    /** Whether the name is the V1 export of Open Humans. */
    static boolean isV1FileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).startsWith("oura-data");
    }

    /** The kind of one record from its fields, if it looks like any Oura record. */
    static Optional<RecordKind> fromFields(JsonNode r) {
        if (!r.isObject()) {
            return Optional.empty();
        }
        if (r.has("summary_date")) {
            return fromV1Fields(r);
        }
        OuraKind k = v2Kind(r);
        return Optional.ofNullable(k).map(RecordKind::v2);
    }

    private static Optional<RecordKind> fromV1Fields(JsonNode r) {
        if (has(r, "bedtime_start", "hypnogram_5min", "total", "rmssd")) {
            return Optional.of(RecordKind.v1(OuraKind.SLEEP));
        }
        if (has(r, "class_5min", "steps", "cal_total", "day_start", "met_1min")) {
            return Optional.of(RecordKind.v1(OuraKind.DAILY_ACTIVITY));
        }
        if (has(r, "score_previous_night", "score_hrv_balance", "score_resting_hr", "score_recovery_index")) {
            return Optional.of(RecordKind.v1(OuraKind.DAILY_READINESS));
        }
        return Optional.empty();
    }

    private static OuraKind v2Kind(JsonNode r) {
        JsonNode contributors = r.path("contributors");
        if (r.has("bpm") && r.has("timestamp")) {
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
