package org.ouraviewer.metrics.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ouraviewer.model.CardiovascularAge;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailyResilience;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.DailySpo2;
import org.ouraviewer.model.DailyStress;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Vo2Max;
import org.ouraviewer.model.Workout;

/**
 * One activity day, everything the Day tab, {@code day} and {@code export-day} show (CLI.md, <i>day</i>;
 * PRODUCT.md, <i>Day</i>). Built on demand for one day by {@link ActivityDays#of} (a few milliseconds: heart
 * rate is found by binary search, never scanned or copied); headless and immutable.
 *
 * <p>Times: every instant lies on {@link #window()}'s axis; records keep the offset they were recorded in
 * (a trip shows each record on its own clock), heart rate and the timed series are epoch seconds.
 *
 * @param window        04:00 to 04:00 on the wearer's clock ({@link DayWindow})
 * @param activity      the day's daily_activity record (score, steps, calories, target, the record's own
 *                      seconds per class, contributors); null on a day without one
 * @param classRuns     the runs of {@code class_5_min}, character i covering window start + i × 300 s; empty
 *                      without a class string. A character outside 0–5 ends a run and starts none
 * @param classSeconds  300 s per character for every class (zeros included); empty without a class string
 * @param met           the MET series (its own start and interval) with n, mean, max; null without one
 * @param heartRate     heart-rate rows with window start ≤ time < end, every source; possibly empty
 * @param daytimeStress the Hub export's daytime stress values in the window (recovery: {@link #daytimeRecovery})
 * @param skinTemperature the Hub export's skin temperature (°C) in the window
 * @param workouts      workouts overlapping the window, by start
 * @param sessions      sessions overlapping the window, by start
 * @param sleep         sleep periods of every type overlapping the window, by start: the night before ends
 *                      in it, the night after begins in it
 * @param tags          enhanced tags starting in the window (or, without a time, whose start_day is the day)
 *                      and the day's tag records, one per name, by start (untimed last)
 * @param restMode      rest mode periods overlapping the window ({@link ActivityDays#restMode}), by start; not
 *                      counted by {@link #isEmpty}: a period still running would make every later day non-empty
 * @param stress        the day's daily_stress; null without one
 * @param readiness     the day's readiness (temperature deviation); null without one
 * @param dailySleep    the day's sleep score; null without one
 * @param spo2          SpO2 average and breathing disturbance index; null without one
 * @param resilience    level and contributors; null without one
 * @param cardiovascularAge null without one
 * @param vo2Max        the day's latest estimate; null without one
 */
public record ActivityDay(DayWindow window, DailyActivity activity, List<ClassRun> classRuns,
                          Map<ActivityClass, Integer> classSeconds, MetSummary met, DayHeartRate heartRate,
                          DayTimedValues daytimeStress, DayTimedValues daytimeRecovery, DayTimedValues skinTemperature,
                          List<Workout> workouts, List<Session> sessions, List<SleepPeriod> sleep, List<DayTag> tags,
                          List<RestModePeriod> restMode, DailyStress stress, DailyReadiness readiness, DailySleep dailySleep, DailySpo2 spo2,
                          DailyResilience resilience, CardiovascularAge cardiovascularAge, Vo2Max vo2Max) {
    public ActivityDay {
        classRuns = List.copyOf(classRuns);
        classSeconds = Map.copyOf(classSeconds);
        workouts = List.copyOf(workouts);
        sessions = List.copyOf(sessions);
        sleep = List.copyOf(sleep);
        tags = List.copyOf(tags);
        restMode = List.copyOf(restMode);
    }

    public LocalDate day() {
        return window.day();
    }

    /** Whether the day has no data at all: nothing recorded for it and nothing in its window. */
    public boolean isEmpty() {
        return activity == null && heartRate.isEmpty() && daytimeStress.isEmpty() && skinTemperature.isEmpty()
                && workouts.isEmpty() && sessions.isEmpty() && sleep.isEmpty() && tags.isEmpty() && stress == null
                && readiness == null && dailySleep == null && spo2 == null && resilience == null
                && cardiovascularAge == null && vo2Max == null;
    }
}
