package org.ouraviewer.metrics.day;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.TagLabels;

/** Builds the {@link ActivityDay} of one date from everything loaded. */
public final class ActivityDays {
    static final int CLASS_SECONDS = 300;
    private static final Comparator<OffsetDateTime> BY_INSTANT = Comparator.nullsLast(
            Comparator.comparing(OffsetDateTime::toInstant));

    private ActivityDays() {
    }

    public static ActivityDay of(OuraData data, LocalDate day) {
        DayWindow w = DayWindow.of(data, day);
        DailyActivity activity = data.dailyActivity(day).orElse(null);
        String classes = activity == null ? null : activity.class5Min();
        return new ActivityDay(w, activity, classRuns(classes, w.start()), classSeconds(classes),
                activity == null || activity.met() == null ? null : MetSummary.of(activity.met()),
                DayHeartRate.between(data.heartRate(), w.startSecond(), w.endSecond()),
                DayTimedValues.between(data.daytimeStress(), w.startSecond(), w.endSecond()),
                DayTimedValues.between(data.daytimeRecovery(), w.startSecond(), w.endSecond()),
                DayTimedValues.between(data.skinTemperature(), w.startSecond(), w.endSecond()),
                workouts(data, w), sessions(data, w), sleep(data, w), tags(data, w),
                restMode(data.restModePeriods(), w),
                data.stress(day).orElse(null), data.dailyReadiness(day).orElse(null),
                data.dailySleep(day).orElse(null), data.spo2(day).orElse(null), data.resilience(day).orElse(null),
                data.cardiovascularAge(day).orElse(null), data.vo2Max(day).orElse(null));
    }

    /** Runs of equal characters, character i covering {@code start} + i × 300 s. */
    static List<ClassRun> classRuns(String classes, OffsetDateTime start) {
        List<ClassRun> runs = new ArrayList<>();
        if (classes == null) {
            return runs;
        }
        int i = 0;
        while (i < classes.length()) {
            int j = i + 1;
            while (j < classes.length() && classes.charAt(j) == classes.charAt(i)) {
                j++;
            }
            ActivityClass c = ActivityClass.of(classes.charAt(i));
            if (c != null) {
                runs.add(new ClassRun(c, start.plusSeconds((long) i * CLASS_SECONDS),
                        start.plusSeconds((long) j * CLASS_SECONDS)));
            }
            i = j;
        }
        return runs;
    }

    /** 300 s per character, every class listed; empty without a class string. */
    static Map<ActivityClass, Integer> classSeconds(String classes) {
        Map<ActivityClass, Integer> seconds = new EnumMap<>(ActivityClass.class);
        if (classes == null) {
            return seconds;
        }
        for (ActivityClass c : ActivityClass.values()) {
            seconds.put(c, 0);
        }
        for (int i = 0; i < classes.length(); i++) {
            ActivityClass c = ActivityClass.of(classes.charAt(i));
            if (c != null) {
                seconds.merge(c, CLASS_SECONDS, Integer::sum);
            }
        }
        return seconds;
    }

    /** The workouts of the window: a workout lies within a day of its own {@code day}, so look only there. */
    private static List<Workout> workouts(OuraData data, DayWindow w) {
        List<Workout> out = new ArrayList<>();
        for (LocalDate d = w.day().minusDays(1); !d.isAfter(w.day().plusDays(1)); d = d.plusDays(1)) {
            data.workouts(d).stream().filter(x -> w.overlaps(x.start(), x.end())).forEach(out::add);
        }
        return byStart(out, Workout::start);
    }

    private static List<Session> sessions(OuraData data, DayWindow w) {
        return byStart(data.sessions().stream().filter(s -> w.overlaps(s.start(), s.end())).toList(), Session::start);
    }

    /** Periods count for the day they end on or the next (late naps): the day before to the day after cover them. */
    private static List<SleepPeriod> sleep(OuraData data, DayWindow w) {
        List<SleepPeriod> out = new ArrayList<>();
        for (LocalDate d = w.day().minusDays(1); !d.isAfter(w.day().plusDays(2)); d = d.plusDays(1)) {
            data.sleepPeriods(d).stream().filter(p -> w.overlaps(p.start(), p.end())).forEach(out::add);
        }
        return byStart(out, SleepPeriod::start);
    }

    private static List<DayTag> tags(OuraData data, DayWindow w) {
        List<DayTag> out = new ArrayList<>();
        for (EnhancedTag t : data.enhancedTags()) {
            boolean in = t.start() != null ? w.contains(t.start()) : w.day().equals(t.startDay());
            if (in) {
                TagLabels.labels(t).forEach(name -> out.add(new DayTag(name, t.start(), t.end(), t.comment())));
            }
        }
        for (Tag t : data.tags(w.day())) {
            TagLabels.labels(t).forEach(name -> out.add(new DayTag(name, t.time(), null, t.text())));
        }
        return byStart(out, DayTag::start);
    }

    /**
     * The rest mode periods overlapping the window: one still running (no end) lasts past it, one that is a moment
     * (start = end) counts when the moment is in it, and one without a start time covers its days.
     */
    static List<RestModePeriod> restMode(List<RestModePeriod> periods, DayWindow w) {
        List<RestModePeriod> out = new ArrayList<>();
        for (RestModePeriod p : periods) {
            boolean in;
            if (p.start() == null) {
                in = !p.startDay().isAfter(w.day()) && (p.endDay() == null || !p.endDay().isBefore(w.day()));
            } else if (p.end() == null) {
                in = p.start().toEpochSecond() < w.endSecond();
            } else {
                in = p.end().isEqual(p.start()) ? w.contains(p.start()) : w.overlaps(p.start(), p.end());
            }
            if (in) {
                out.add(p);
            }
        }
        return byStart(out, RestModePeriod::start);
    }

    private static <T> List<T> byStart(List<T> items, Function<T, OffsetDateTime> start) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(start, BY_INSTANT)); // stable: equal starts keep their order
        return List.copyOf(sorted);
    }
}
