package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The activity of a day, which runs 24 h from 04:00 local time ({@link #start()}).
 *
 * @param class5Min      one character per 5 minutes from {@link #start()}: 0 non-wear, 1 rest, 2 inactive,
 *                       3 low, 4 medium, 5 high; shorter than 288 for a day still in progress; may be null
 * @param met            MET every 60 s; may be null
 * @param targetCalories the day's active-calorie target ({@code target_calories}); may be null
 * @param times          the record's own seconds per class; never null ({@link ActivityTimes#NONE})
 * @param contributors   the activity score's contributors (meet_daily_targets, move_every_hour, …), 0–100
 */
public record DailyActivity(String id, LocalDate day, Integer score, Integer steps, Integer activeCalories,
                            Integer totalCalories, OffsetDateTime start, String class5Min, SampleSeries met,
                            Integer targetCalories, ActivityTimes times, Map<String, Integer> contributors) {
    public DailyActivity {
        times = times == null ? ActivityTimes.NONE : times;
        contributors = contributors == null ? Map.of() : Map.copyOf(contributors);
    }

    /** A record without target, times or contributors (V1, Trends CSV). */
    public DailyActivity(String id, LocalDate day, Integer score, Integer steps, Integer activeCalories,
                         Integer totalCalories, OffsetDateTime start, String class5Min, SampleSeries met) {
        this(id, day, score, steps, activeCalories, totalCalories, start, class5Min, met, null, null, null);
    }
}
