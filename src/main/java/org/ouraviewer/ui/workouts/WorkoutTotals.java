package org.ouraviewer.ui.workouts;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import org.ouraviewer.text.CellText;

/**
 * The sums of some workouts: how many, how long, calories and distance, with how many rows had a
 * calorie or distance value (distance is often missing, and a sum over a few rows should say so).
 */
public record WorkoutTotals(int count, Duration time, double calories, int withCalories, double distanceKm,
                            int withDistance) {
    public static final WorkoutTotals NONE = new WorkoutTotals(0, Duration.ZERO, 0, 0, 0, 0);

    public static WorkoutTotals of(Collection<WorkoutRow> rows) {
        long seconds = 0;
        double calories = 0;
        double km = 0;
        int withCalories = 0;
        int withDistance = 0;
        for (WorkoutRow r : rows) {
            if (r.duration() != null && !r.duration().isNegative()) {
                seconds += r.duration().getSeconds();
            }
            if (r.calories() != null) {
                calories += r.calories();
                withCalories++;
            }
            if (r.distanceKm() != null) {
                km += r.distanceKm();
                withDistance++;
            }
        }
        return new WorkoutTotals(rows.size(), Duration.ofSeconds(seconds), calories, withCalories, km, withDistance);
    }

    /** "83 workouts · 25:41 h · 9,876 kcal · 12.34 km (41 with distance)"; "" for none. */
    public String text() {
        if (count == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append(CellText.count(count)).append(count == 1 ? " workout" : " workouts");
        s.append(" · ").append(CellText.hours(time)).append(" h");
        s.append(" · ").append(CellText.number(calories, 0)).append(" kcal");
        if (withCalories < count) {
            s.append(String.format(Locale.ROOT, " (%d with calories)", withCalories));
        }
        if (withDistance > 0) {
            s.append(" · ").append(CellText.number(distanceKm, 2)).append(" km");
            if (withDistance < count) {
                s.append(String.format(Locale.ROOT, " (%d with distance)", withDistance));
            }
        }
        return s.toString();
    }
}
