package org.ouraviewer.io.record;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.ouraviewer.model.OuraKind;

/**
 * The top-level fields of each kind's documents (V2 from Oura's OpenAPI spec 1.29, V1 from its old
 * documentation), to tell which kind a record fits best when its fields fit several: a pandas table that
 * joined sleep periods with daily_stress's {@code stress_high, recovery_high, day_summary} is still a table
 * of sleep periods, since most of its columns are.
 */
final class KindFields {
    private static final Map<OuraKind, Set<String>> V2 = Map.ofEntries(
            Map.entry(OuraKind.SLEEP, Set.of("app_sleep_phase_5_min", "average_breath", "average_heart_rate",
                    "average_hrv", "awake_time", "bedtime_end", "bedtime_start", "deep_sleep_duration", "efficiency",
                    "heart_rate", "hrv", "latency", "light_sleep_duration", "low_battery_alert", "lowest_heart_rate",
                    "movement_30_sec", "period", "readiness", "readiness_score_delta", "rem_sleep_duration",
                    "restless_periods", "ring_id", "sleep_algorithm_version", "sleep_analysis_reason",
                    "sleep_phase_30_sec", "sleep_phase_5_min", "sleep_score_delta", "time_in_bed",
                    "total_sleep_duration", "type")),
            Map.entry(OuraKind.DAILY_ACTIVITY, Set.of("active_calories", "average_met_minutes", "class_5_min",
                    "contributors", "equivalent_walking_distance", "high_activity_met_minutes", "high_activity_time",
                    "inactivity_alerts", "low_activity_met_minutes", "low_activity_time", "medium_activity_met_minutes",
                    "medium_activity_time", "met", "meters_to_target", "non_wear_time", "resting_time", "score",
                    "sedentary_met_minutes", "sedentary_time", "steps", "target_calories", "target_meters",
                    "total_calories")),
            Map.entry(OuraKind.DAILY_READINESS, Set.of("contributors", "score", "temperature_deviation",
                    "temperature_trend_deviation")),
            Map.entry(OuraKind.DAILY_SLEEP, Set.of("contributors", "score")),
            Map.entry(OuraKind.DAILY_STRESS, Set.of("day_summary", "recovery_high", "stress_high")),
            Map.entry(OuraKind.DAYTIME_STRESS, Set.of("recovery_value", "stress_value", "timestamp")),
            Map.entry(OuraKind.SKIN_TEMPERATURE, Set.of("skin_temp", "timestamp")),
            Map.entry(OuraKind.DAILY_SPO2, Set.of("breathing_disturbance_index", "spo2_percentage")),
            Map.entry(OuraKind.DAILY_RESILIENCE, Set.of("contributors", "level")),
            Map.entry(OuraKind.WORKOUT, Set.of("activity", "calories", "distance", "end_datetime", "intensity",
                    "label", "source", "start_datetime")),
            Map.entry(OuraKind.SESSION, Set.of("end_datetime", "heart_rate", "heart_rate_variability", "mood",
                    "motion_count", "start_datetime", "type")),
            Map.entry(OuraKind.ENHANCED_TAG, Set.of("comment", "custom_name", "end_day", "end_time", "start_day",
                    "start_time", "tag_type_code")),
            Map.entry(OuraKind.TAG, Set.of("tags", "text")),
            Map.entry(OuraKind.HEARTRATE, Set.of("bpm", "source", "timestamp_unix")));

    /** V1 sleep: the fields no V1 activity or readiness document has ({@code total} is in both sleep and activity). */
    static final Set<String> V1_SLEEP = Set.of("bedtime_start", "bedtime_end", "hypnogram_5min", "hr_5min",
            "rmssd_5min", "is_longest", "onset_latency", "rmssd", "hr_lowest", "hr_average", "breath_average",
            "midpoint_time", "score_disturbances", "score_alignment", "score_latency", "score_efficiency",
            "temperature_delta", "restless", "deep", "light", "rem", "awake");
    /** V1 activity: its day, calories, classes and MET. */
    static final Set<String> V1_ACTIVITY = Set.of("day_start", "day_end", "class_5min", "met_1min", "cal_active",
            "cal_total", "steps", "daily_movement", "non_wear", "inactivity_alerts", "inactive", "average_met",
            "met_min_inactive", "met_min_low", "met_min_medium", "met_min_high", "score_stay_active",
            "score_move_every_hour", "score_meet_daily_targets", "score_training_frequency", "score_training_volume",
            "score_recovery_time", "target_calories", "target_km", "to_target_km");
    /** V1 readiness: its score parts. */
    static final Set<String> V1_READINESS = Set.of("score_previous_night", "score_sleep_balance",
            "score_previous_day", "score_activity_balance", "score_resting_hr", "score_hrv_balance",
            "score_recovery_index", "score_temperature");

    private KindFields() {
    }

    /** How many of the record's field names are fields of {@code kind}'s V2 documents. */
    static int fitOf(OuraKind kind, Iterator<String> fieldNames) {
        return count(V2.getOrDefault(kind, Set.of()), fieldNames);
    }

    /** How many of {@code fieldNames} are in {@code fields}. */
    static int count(Set<String> fields, Iterator<String> fieldNames) {
        int n = 0;
        while (fieldNames.hasNext()) {
            if (fields.contains(fieldNames.next())) {
                n++;
            }
        }
        return n;
    }
}
