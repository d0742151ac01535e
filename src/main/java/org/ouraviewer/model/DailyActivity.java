package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The activity of a day, which runs 24 h from 04:00 local time ({@link #start()}).
 *
 * @param class5Min one character per 5 minutes from {@link #start()}: 0 non-wear, 1 rest, 2 inactive,
 *                  3 low, 4 medium, 5 high; shorter than 288 for a day still in progress; may be null
 * @param met       MET every 60 s; may be null
 * @param times     seconds in each class ({@link ActivityTimes#NONE} when the record says nothing)
 */
public record DailyActivity(String id, LocalDate day, Integer score, Integer steps, Integer activeCalories,
                            Integer totalCalories, OffsetDateTime start, String class5Min, SampleSeries met,
                            ActivityTimes times) {
    public DailyActivity {
        times = times == null ? ActivityTimes.NONE : times;
    }
}
