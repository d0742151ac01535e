package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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

    /** What marks each kind's documents, the most telling first. */
    private record Signature(OuraKind kind, Predicate<JsonNode> fits) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(OuraKind.HEARTRATE, r -> r.has("bpm") && (r.has("timestamp") || r.has("timestamp_unix"))),
            new Signature(OuraKind.SLEEP, r -> r.has("bedtime_start")),
            new Signature(OuraKind.ENHANCED_TAG, r -> has(r, "tag_type_code", "custom_name")),
            new Signature(OuraKind.TAG, r -> r.has("tags") && r.has("timestamp")),
            new Signature(OuraKind.WORKOUT, r -> r.has("activity") && r.has("start_datetime")),
            new Signature(OuraKind.SESSION, r -> r.has("start_datetime") && r.has("type")),
            new Signature(OuraKind.DAILY_SPO2, r -> has(r, "spo2_percentage", "breathing_disturbance_index")),
            new Signature(OuraKind.DAILY_STRESS, r -> has(r, "stress_high", "recovery_high", "day_summary")),
            new Signature(OuraKind.DAYTIME_STRESS, r -> has(r, "stress_value", "recovery_value")),
            new Signature(OuraKind.SKIN_TEMPERATURE, r -> r.has("skin_temp")),
            new Signature(OuraKind.DAILY_CARDIOVASCULAR_AGE, r -> r.has("vascular_age")),
            new Signature(OuraKind.VO2_MAX, r -> r.has("vo2_max")),
            new Signature(OuraKind.SLEEP_TIME, r -> has(r, "optimal_bedtime", "recommendation")),
            new Signature(OuraKind.REST_MODE_PERIOD, r -> r.has("episodes")),
            new Signature(OuraKind.DAILY_RESILIENCE, r -> r.has("level")
                    && has(r.path("contributors"), "sleep_recovery", "daytime_recovery", "stress")),
            new Signature(OuraKind.DAILY_ACTIVITY, r -> has(r, "class_5_min", "steps", "active_calories", "met")),
            new Signature(OuraKind.DAILY_READINESS, r -> r.has("temperature_deviation")
                    || has(r.path("contributors"), "hrv_balance", "recovery_index", "resting_heart_rate")),
            new Signature(OuraKind.DAILY_SLEEP, r -> has(r.path("contributors"), "deep_sleep", "rem_sleep",
                    "total_sleep", "restfulness")),
            new Signature(OuraKind.RING_CONFIGURATION, r -> has(r, "hardware_type", "firmware_version")),
            new Signature(OuraKind.PERSONAL_INFO, r -> has(r, "biological_sex", "email")));

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
            // a table that lost the day (a pandas dump): the period counts for the day of its bedtime_end
            case SLEEP -> r.has("bedtime_start") && (r.has("day") || r.has("bedtime_end"));
            case ENHANCED_TAG -> r.has("start_day") || r.has("start_time");
            case REST_MODE_PERIOD -> r.has("start_day") || r.has("start_time");
            case RING_CONFIGURATION, PERSONAL_INFO -> true;
            case DAYTIME_STRESS, SKIN_TEMPERATURE -> r.has("timestamp");
            default -> r.has("day");
        };
    }

    /**
     * A V1 document is told by its fields, the kind most of them belong to: a V1 activity day has a
     * {@code total} (active minutes) as a sleep period does, but never a bedtime or a hypnogram.
     */
    private static Optional<RecordKind> fromV1Fields(JsonNode r, Optional<OuraKind> hint) {
        Map<OuraKind, Integer> fit = new LinkedHashMap<>(); // in this order on a tie
        fit.put(OuraKind.SLEEP, KindFields.count(KindFields.V1_SLEEP, r.fieldNames()));
        fit.put(OuraKind.DAILY_ACTIVITY, KindFields.count(KindFields.V1_ACTIVITY, r.fieldNames()));
        fit.put(OuraKind.DAILY_READINESS, KindFields.count(KindFields.V1_READINESS, r.fieldNames()));
        int best = Collections.max(fit.values());
        if (best == 0) {
            return hint.filter(fit::containsKey).map(RecordKind::v1);
        }
        if (hint.isPresent() && fit.getOrDefault(hint.get(), -1) == best) {
            return hint.map(RecordKind::v1);
        }
        return fit.entrySet().stream().filter(e -> e.getValue() == best).findFirst()
                .map(e -> RecordKind.v1(e.getKey()));
    }

    /** The kind whose signature the record has; of several, the one most of its fields belong to. */
    private static OuraKind v2Kind(JsonNode r) {
        OuraKind best = null;
        int bestFit = -1;
        for (Signature s : SIGNATURES) {
            if (s.fits().test(r)) {
                int fit = KindFields.fitOf(s.kind(), r.fieldNames());
                if (fit > bestFit) { // on a tie the earlier, more telling signature stays
                    best = s.kind();
                    bestFit = fit;
                }
            }
        }
        return best;
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
