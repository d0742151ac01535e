package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.model.ActivityTimes;
import org.ouraviewer.model.CardiovascularAge;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyResilience;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.DailySpo2;
import org.ouraviewer.model.DailyStress;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.model.SleepVitals;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Vo2Max;
import org.ouraviewer.model.Workout;

/**
 * Maps one V2 document (as a tree, from any format) to the model: the one place records are built. Unknown
 * fields are ignored (the API grows). What places a record (its day, its start and end, a heart-rate row's
 * bpm and time) throws {@link RecordException} when impossible, which skips the record; any other impossible
 * value is left out alone ({@link RecordFields}), a series longer than its period cut ({@link PeriodFit}).
 */
public final class V2RecordMapper {
    /** A day of activity samples: 24 h, 25 on the day clocks go back. */
    private static final Duration ACTIVITY_DAY = Duration.ofHours(25);
    private V2RecordMapper() {
    }

    public static void map(OuraKind kind, RecordFields r, RecordBatch.Builder out) {
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
            case WORKOUT -> out.add(workout(r));
            case SESSION -> out.add(session(r));
            case DAILY_SPO2 -> out.add(new DailySpo2(r.text("id"), r.requireDate("day"), spo2Average(r),
                    r.number("breathing_disturbance_index")));
            case DAILY_STRESS -> out.add(new DailyStress(r.text("id"), r.requireDate("day"), r.integer("stress_high"),
                    r.integer("recovery_high"), r.text("day_summary")));
            case DAILY_RESILIENCE -> out.add(new DailyResilience(r.text("id"), r.requireDate("day"), r.text("level"),
                    r.integers("contributors")));
            case DAILY_CARDIOVASCULAR_AGE -> out.add(new CardiovascularAge(r.text("id"), r.requireDate("day"),
                    r.integer("vascular_age")));
            case VO2_MAX -> out.add(new Vo2Max(r.text("id"), r.requireDate("day"), r.dateTime("timestamp"),
                    r.number("vo2_max")));
            case DAYTIME_STRESS -> out.addDaytimeStress(r.dateTimeOrUtc("timestamp").toEpochSecond(),
                    orGap(r.number("stress_value")), orGap(r.number("recovery_value")));
            case REST_MODE_PERIOD -> out.add(restMode(r));
            case SKIN_TEMPERATURE -> out.addSkinTemperature(r.dateTimeOrUtc("timestamp").toEpochSecond(),
                    orGap(r.number("skin_temp")));
            default -> other(kind, r, out);
        }
    }

    private static DailyActivity activity(RecordFields r) {
        OffsetDateTime start = r.dateTime("timestamp");
        String classes = PeriodFit.text("class_5_min", r.text("class_5_min"), ACTIVITY_DAY, 300, r.leftOut());
        SampleSeries met = PeriodFit.series("met", r.series("met", start), ACTIVITY_DAY, r.leftOut());
        ActivityTimes times = new ActivityTimes(r.integer("high_activity_time"), r.integer("medium_activity_time"),
                r.integer("low_activity_time"), r.integer("sedentary_time"), r.integer("resting_time"),
                r.integer("non_wear_time"));
        return new DailyActivity(r.text("id"), r.requireDate("day"), r.integer("score"), r.integer("steps"),
                r.integer("active_calories"), r.integer("total_calories"), start, classes, met,
                r.integer("target_calories"), times, r.integers("contributors"));
    }

    private static float orGap(Double value) {
        return value == null ? Float.NaN : value.floatValue();
    }

    /** {@code {"average": 98.5}} in the API, a bare number in Oura on the Web's CSV. */
    private static Double spo2Average(RecordFields r) {
        return r.node().path("spo2_percentage").isObject() ? r.child("spo2_percentage").number("average")
                : r.number("spo2_percentage");
    }

    private static Workout workout(RecordFields r) {
        OffsetDateTime start = r.requireDateTime("start_datetime");
        OffsetDateTime end = r.dateTime("end_datetime");
        if (end != null) {
            FieldRanges.checkPeriod("the workout", start, end);
        }
        return new Workout(r.text("id"), r.requireDate("day"), r.text("activity"), r.text("intensity"),
                r.number("calories"), r.number("distance"), start, end, r.text("source"), r.text("label"));
    }

    private static SleepPeriod sleep(RecordFields r) {
        OffsetDateTime start = r.requireDateTime("bedtime_start");
        OffsetDateTime end = r.requireDateTime("bedtime_end");
        FieldRanges.checkPeriod("the sleep period", start, end);
        Duration length = Duration.between(start, end);
        SampleSeries heartRate = periodSeries(r, "heart_rate", start, length);
        SampleSeries hrv = periodSeries(r, "hrv", start, length);
        String phases = periodText(r, "sleep_phase_5_min", length, 300);
        String movement = periodText(r, "movement_30_sec", length, 30);
        SleepDurations durations = new SleepDurations(r.integer("time_in_bed"), r.integer("total_sleep_duration"),
                r.integer("deep_sleep_duration"), r.integer("light_sleep_duration"), r.integer("rem_sleep_duration"),
                r.integer("awake_time"), r.integer("latency"));
        SleepVitals vitals = new SleepVitals(r.number("average_heart_rate"), r.integer("lowest_heart_rate"),
                r.number("average_hrv"), r.number("average_breath"), r.integer("efficiency"));
        Integer readiness = r.node().path("readiness").isObject() ? r.child("readiness").integer("score") : null;
        // a table that lost the day (a pandas dump): the period counts for the day it ends, on its own clock
        LocalDate day = r.has("day") ? r.requireDate("day") : end.toLocalDate();
        return new SleepPeriod(r.text("id"), day, SleepType.fromCode(r.text("type")), start, end,
                durations, vitals, heartRate, hrv, phases, movement, readiness, false);
    }

    /** A series of a period, bounded by the period: no more samples than its length holds. */
    static SampleSeries periodSeries(RecordFields r, String field, OffsetDateTime start, Duration length) {
        return PeriodFit.series(field, r.series(field, start), length, r.leftOut());
    }

    /** A string of one character per {@code seconds} of a period, bounded by the period. */
    static String periodText(RecordFields r, String field, Duration length, int seconds) {
        return PeriodFit.text(field, r.text(field), length, seconds, r.leftOut());
    }

    private static Session session(RecordFields r) {
        OffsetDateTime start = r.requireDateTime("start_datetime");
        OffsetDateTime end = r.dateTime("end_datetime");
        Duration length = Duration.ofHours(48);
        if (end != null) {
            FieldRanges.checkPeriod("the session", start, end);
            length = Duration.between(start, end);
        }
        return new Session(r.text("id"), r.requireDate("day"), r.text("type"), start, end,
                periodSeries(r, "heart_rate", start, length), periodSeries(r, "heart_rate_variability", start, length),
                r.text("mood"));
    }

    /** A rest mode period: it may still be running (no end) or be a moment (start = end); episodes as listed. */
    private static RestModePeriod restMode(RecordFields r) {
        OffsetDateTime start = r.dateTime("start_time");
        OffsetDateTime end = r.dateTime("end_time");
        // no longest length: rest mode lasts as long as the wearer keeps it on, days or weeks
        if (start != null && end != null && end.isBefore(start)) {
            throw new RecordException("the rest mode period ends before it starts");
        }
        List<RestModePeriod.Episode> episodes = new ArrayList<>();
        JsonNode list = r.node().path("episodes");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new RecordException("episodes should be a list");
        }
        for (JsonNode e : list) {
            RecordFields episode = new RecordFields(e);
            episodes.add(new RestModePeriod.Episode(episode.dateTime("timestamp"), episode.strings("tags")));
        }
        return new RestModePeriod(r.text("id"), startDay(r), r.date("end_day"), start, end, episodes);
    }

    /** Heart-rate rows met as trees (the first row of a list, CSV rows of a small file); the rest are streamed. */
    private static void heartRate(RecordFields r, RecordBatch.Builder out) {
        long time = r.has("timestamp") ? r.dateTimeOrUtc("timestamp").toEpochSecond()
                : TimestampParser.epochSecondOfUnix(r.requireNumber("timestamp_unix"));
        addHeartRate(out, time, r.requireNumber("bpm"), HeartRateSource.fromCode(r.text("source")));
    }

    private static final long FIRST_SECOND = FieldRanges.FIRST_DAY.toEpochDay() * 86_400;
    private static final long LAST_SECOND = (FieldRanges.LAST_DAY.toEpochDay() + 1) * 86_400;

    /** Adds a heart-rate row, or fails the record when it cannot be a heart rate of an Oura ring. */
    public static void addHeartRate(RecordBatch.Builder out, long epochSecond, double bpm, HeartRateSource source) {
        FieldRanges.checkBpm(bpm);
        if (epochSecond < FIRST_SECOND || epochSecond >= LAST_SECOND) {
            throw new RecordException("timestamp " + java.time.Instant.ofEpochSecond(epochSecond)
                    + " is not a time Oura data can have");
        }
        out.addHeartRate(epochSecond, (int) Math.round(bpm), source);
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
        // a count by content must not hold a copy of a huge record
        String key = id != null ? "id:" + id : "json:" + r.node().toString();
        if (key.length() > 64 << 10) {
            throw new RecordException("too large for a record of " + kind.route());
        }
        out.addOther(kind, key, day);
    }
}
