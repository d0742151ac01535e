package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ouraviewer.model.ActivityTimes;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.model.SleepVitals;

/**
 * Maps V1 records (Open Humans' {@code oura-data.json}) to the V2 model. V1 dates a night by the evening
 * it began ({@code summary_date}), V2 by the day it counts for: one day later. V1 marks a missing
 * sample with 0, V2 with null.
 */
public final class V1RecordMapper {
    private static final int LONG_SLEEP_SECONDS = 3 * 3600;
    /** A day of activity samples: 24 h, 25 on the day clocks go back. */
    private static final Duration ACTIVITY_DAY = Duration.ofHours(25);

    /** V1 sleep score parts under the names of V2's daily_sleep contributors. */
    private static final Map<String, String> SLEEP_CONTRIBUTORS = Map.of(
            "score_deep", "deep_sleep", "score_efficiency", "efficiency", "score_latency", "latency",
            "score_rem", "rem_sleep", "score_disturbances", "restfulness", "score_alignment", "timing",
            "score_total", "total_sleep");

    private static final Map<String, String> READINESS_CONTRIBUTORS = Map.of(
            "score_activity_balance", "activity_balance", "score_temperature", "body_temperature",
            "score_hrv_balance", "hrv_balance", "score_previous_day", "previous_day_activity",
            "score_previous_night", "previous_night", "score_recovery_index", "recovery_index",
            "score_resting_hr", "resting_heart_rate", "score_sleep_balance", "sleep_balance");

    private V1RecordMapper() {
    }

    public static void map(OuraKind kind, RecordFields r, RecordBatch.Builder out) {
        switch (kind) {
            case SLEEP -> sleep(r, out);
            case DAILY_ACTIVITY -> activity(r, out);
            case DAILY_READINESS -> readiness(r, out);
            default -> throw new IllegalArgumentException("no V1 records of kind " + kind);
        }
    }

    private static void sleep(RecordFields r, RecordBatch.Builder out) {
        LocalDate day = r.requireDate("summary_date").plusDays(1);
        OffsetDateTime start = r.requireDateTime("bedtime_start");
        OffsetDateTime end = r.requireDateTime("bedtime_end");
        FieldRanges.checkPeriod("the sleep period", start, end);
        Duration length = Duration.between(start, end);
        Integer duration = r.integer("duration");
        SleepType type = duration != null && duration >= LONG_SLEEP_SECONDS ? SleepType.LONG_SLEEP : SleepType.SLEEP;
        SleepDurations durations = new SleepDurations(duration, r.integer("total"), r.integer("deep"),
                r.integer("light"), r.integer("rem"), r.integer("awake"), r.integer("onset_latency"));
        SleepVitals vitals = new SleepVitals(r.number("hr_average"), r.integer("hr_lowest"), r.number("rmssd"),
                r.number("breath_average"), r.integer("efficiency"));
        out.add(new SleepPeriod(null, day, type, start, end, durations, vitals, series(r, "hr_5min", start, length),
                series(r, "rmssd_5min", start, length), V2RecordMapper.periodText(r, "hypnogram_5min", length, 300),
                null, null, true));
        Integer isLongest = r.integer("is_longest");
        if (isLongest != null && isLongest == 1) {
            out.add(new DailySleep(null, day, r.integer("score"), contributors(r, SLEEP_CONTRIBUTORS)));
        }
    }

    private static SampleSeries series(RecordFields r, String field, OffsetDateTime start, Duration length) {
        if (!r.has(field)) {
            return null;
        }
        return new SampleSeries(start, 300, PeriodFit.items(field, r.floats(field, true, field), length, 300,
                r.leftOut()));
    }

    /** A V1 activity day is already V2's: 24 h from {@code day_start} (04:00 local), dated {@code summary_date}. */
    private static void activity(RecordFields r, RecordBatch.Builder out) {
        OffsetDateTime start = r.dateTime("day_start");
        String classes = PeriodFit.text("class_5min", r.text("class_5min"), ACTIVITY_DAY, 300, r.leftOut());
        SampleSeries met = r.has("met_1min") && start != null ? new SampleSeries(start, 60, PeriodFit.items("met_1min",
                r.floats("met_1min", false, "met_1min"), ACTIVITY_DAY, 60, r.leftOut())) : null;
        ActivityTimes times = new ActivityTimes(seconds(r, "high"), seconds(r, "medium"), seconds(r, "low"),
                seconds(r, "inactive"), seconds(r, "rest"), seconds(r, "non_wear"));
        out.add(new DailyActivity(null, r.requireDate("summary_date"), r.integer("score"), r.integer("steps"),
                r.integer("cal_active"), r.integer("cal_total"), start, classes, met, null, times, null));
    }

    /** V1 counts the time in each activity class in minutes, V2 in seconds. */
    private static Integer seconds(RecordFields r, String minutesField) {
        Integer minutes = r.integer(minutesField);
        return minutes == null ? null : Math.multiplyExact(minutes, 60);
    }

    /** Inferred, not documented: a V1 readiness shares the summary_date of the night it is computed from. */
    private static void readiness(RecordFields r, RecordBatch.Builder out) {
        LocalDate day = r.requireDate("summary_date").plusDays(1);
        out.add(new DailyReadiness(null, day, r.integer("score"), null, null,
                contributors(r, READINESS_CONTRIBUTORS)));
    }

    private static Map<String, Integer> contributors(RecordFields r, Map<String, String> names) {
        Map<String, Integer> out = new LinkedHashMap<>();
        names.forEach((v1, v2) -> {
            Integer value = r.integer(v1);
            if (value != null) {
                out.put(v2, value);
            }
        });
        return out;
    }
}
