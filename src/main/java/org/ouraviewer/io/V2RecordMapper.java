package org.ouraviewer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.DailySpo2;
import org.ouraviewer.model.DailyStress;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.model.SleepVitals;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Workout;

/** Maps one V2 document (as a tree) to the model. Unknown fields are ignored: the API grows. */
final class V2RecordMapper {
    private V2RecordMapper() {
    }

    static void map(OuraKind kind, JsonNode node, RecordBatch.Builder out) {
        RecordFields r = new RecordFields(node);
        switch (kind) {
            case DAILY_SLEEP -> out.add(new DailySleep(r.text("id"), r.requireDate("day"), r.integer("score"),
                    r.integers("contributors")));
            case DAILY_READINESS -> out.add(new DailyReadiness(r.text("id"), r.requireDate("day"), r.integer("score"),
                    r.number("temperature_deviation"), r.number("temperature_trend_deviation"),
                    r.integers("contributors")));
            case DAILY_ACTIVITY -> out.add(activity(r));
            case SLEEP -> out.add(sleep(r));
            case HEARTRATE -> heartRate(r, out);
            case TAG -> out.add(new Tag(r.text("id"), r.requireDate("day"), r.dateTime("timestamp"), r.strings("tags"),
                    r.text("text")));
            case ENHANCED_TAG -> out.add(new EnhancedTag(r.text("id"), startDay(r), r.date("end_day"),
                    r.text("tag_type_code"), r.dateTime("start_time"), r.dateTime("end_time"), r.text("comment"),
                    r.text("custom_name")));
            case WORKOUT -> out.add(new Workout(r.text("id"), r.requireDate("day"), r.text("activity"),
                    r.text("intensity"), r.number("calories"), r.number("distance"),
                    r.requireDateTime("start_datetime"), r.dateTime("end_datetime"), r.text("source"), r.text("label")));
            case SESSION -> out.add(session(r));
            case DAILY_SPO2 -> out.add(new DailySpo2(r.text("id"), r.requireDate("day"),
                    new RecordFields(node.path("spo2_percentage")).number("average"),
                    r.number("breathing_disturbance_index")));
            case DAILY_STRESS -> out.add(new DailyStress(r.text("id"), r.requireDate("day"), r.integer("stress_high"),
                    r.integer("recovery_high"), r.text("day_summary")));
            default -> other(kind, r, out);
        }
    }

    private static DailyActivity activity(RecordFields r) {
        OffsetDateTime start = r.dateTime("timestamp");
        return new DailyActivity(r.text("id"), r.requireDate("day"), r.integer("score"), r.integer("steps"),
                r.integer("active_calories"), r.integer("total_calories"), start, r.text("class_5_min"),
                r.series("met", start));
    }

    private static SleepPeriod sleep(RecordFields r) {
        OffsetDateTime start = r.requireDateTime("bedtime_start");
        OffsetDateTime end = r.requireDateTime("bedtime_end");
        if (end.isBefore(start)) {
            throw new RecordException("bedtime_end is before bedtime_start");
        }
        SleepDurations durations = new SleepDurations(r.integer("time_in_bed"), r.integer("total_sleep_duration"),
                r.integer("deep_sleep_duration"), r.integer("light_sleep_duration"), r.integer("rem_sleep_duration"),
                r.integer("awake_time"), r.integer("latency"));
        SleepVitals vitals = new SleepVitals(r.number("average_heart_rate"), r.integer("lowest_heart_rate"),
                r.number("average_hrv"), r.number("average_breath"), r.integer("efficiency"));
        Integer readiness = new RecordFields(r.node().path("readiness")).integer("score");
        return new SleepPeriod(r.text("id"), r.requireDate("day"), SleepType.fromCode(r.text("type")), start, end,
                durations, vitals, r.series("heart_rate", start), r.series("hrv", start), r.text("sleep_phase_5_min"),
                r.text("movement_30_sec"), readiness, false);
    }

    private static Session session(RecordFields r) {
        OffsetDateTime start = r.requireDateTime("start_datetime");
        return new Session(r.text("id"), r.requireDate("day"), r.text("type"), start, r.dateTime("end_datetime"),
                r.series("heart_rate", start), r.series("heart_rate_variability", start), r.text("mood"));
    }

    /** Heart-rate rows met as trees (the first row of an unnamed file); the rest are streamed. */
    private static void heartRate(RecordFields r, RecordBatch.Builder out) {
        OffsetDateTime t = r.requireDateTime("timestamp");
        Integer bpm = r.integer("bpm");
        if (bpm != null) {
            addHeartRate(out, t.toEpochSecond(), bpm, HeartRateSource.fromCode(r.text("source")));
        }
    }

    /** Adds a heart-rate row, or fails the record when it cannot be a heart rate of an Oura ring. */
    static void addHeartRate(RecordBatch.Builder out, long epochSecond, int bpm, HeartRateSource source) {
        if (bpm < 0 || bpm > 300) {
            throw new RecordException("bpm " + bpm + " is not a heart rate");
        }
        if (epochSecond < 0 || epochSecond > 32_503_680_000L) { // 1970 to 3000
            throw new RecordException("timestamp " + java.time.Instant.ofEpochSecond(epochSecond)
                    + " is not a time Oura data can have");
        }
        out.addHeartRate(epochSecond, bpm, source);
    }

    private static LocalDate startDay(RecordFields r) {
        LocalDate d = r.date("start_day");
        if (d == null) {
            OffsetDateTime t = r.dateTime("start_time");
            if (t == null) {
                throw new RecordException("start_day is missing");
            }
            d = t.toLocalDate();
        }
        return d;
    }

    /** Kinds counted but not modelled: keyed by id, else by their whole content. */
    private static void other(OuraKind kind, RecordFields r, RecordBatch.Builder out) {
        String id = r.has("id") && r.node().get("id").isValueNode() ? r.node().get("id").asText() : null;
        LocalDate day = r.has("day") ? r.date("day") : r.date("start_day");
        out.addOther(kind, id != null ? "id:" + id : "json:" + r.node().toString(), day);
    }
}
