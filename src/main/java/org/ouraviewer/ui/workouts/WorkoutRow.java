package org.ouraviewer.ui.workouts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.ActivityLabels;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;
import org.ouraviewer.ui.table.DayRow;

/**
 * One line of the workouts table, with every cell's text computed once.
 *
 * @param ordinal    position in the natural order (by start), the tie-break of every sort
 * @param duration   from the instants (so a change of offset does not distort it); null when unknown
 * @param distanceKm kilometres; null when the workout has no distance
 */
public record WorkoutRow(int ordinal, LocalDate day, OffsetDateTime start, OffsetDateTime end, Duration duration,
                         String activityCode, String activity, String intensityCode, String intensity,
                         int intensityRank, Double calories, Double distanceKm, String source, String label,
                         String dayText, String startText, String endText, String durationText,
                         String caloriesText, String distanceText) implements DayRow {

    static WorkoutRow of(int ordinal, Workout w) {
        Duration duration = w.start() != null && w.end() != null ? Duration.between(w.start(), w.end()) : null;
        Double km = w.distance() == null ? null : w.distance() / 1000.0;
        String label = w.label() == null ? "" : w.label().strip();
        return new WorkoutRow(ordinal, w.day(), w.start(), w.end(), duration, w.activity(),
                ActivityLabels.activity(w.activity()), w.intensity(), ActivityLabels.intensity(w.intensity()),
                ActivityLabels.intensityRank(w.intensity()), w.calories(), km, ActivityLabels.source(w.source()), label,
                CellText.day(w.day()), startClock(w.start(), w.end()), endClock(w.start(), w.end()), CellText.duration(duration),
                CellText.number(w.calories(), 0), CellText.number(km, 2));
    }

    /**
     * The recorded clock time; with its offset when start and end were recorded in different offsets (real
     * data has a start in UTC and its end in local time), so that the clock times are not misread.
     */
    private static String startClock(OffsetDateTime start, OffsetDateTime end) {
        if (start == null) {
            return "";
        }
        return offsetsDiffer(start, end) ? CellText.clockWithOffset(start) : Durations.clock(start);
    }

    /** As {@link #startClock}, and marked "+1" when it falls on a later local day than the start. */
    private static String endClock(OffsetDateTime start, OffsetDateTime end) {
        if (end == null) {
            return "";
        }
        String clock = offsetsDiffer(start, end) ? CellText.clockWithOffset(end) : Durations.clock(end);
        long laterDays = start == null ? 0 : end.toLocalDate().toEpochDay() - start.toLocalDate().toEpochDay();
        return laterDays > 0 ? clock + " (+" + laterDays + ")" : clock;
    }

    private static boolean offsetsDiffer(OffsetDateTime start, OffsetDateTime end) {
        return start != null && end != null && !start.getOffset().equals(end.getOffset());
    }

    public Instant startInstant() {
        return start == null ? null : start.toInstant();
    }

    public Instant endInstant() {
        return end == null ? null : end.toInstant();
    }

    /** Intensity as a sortable effort (easy &lt; moderate &lt; hard); null when unknown. */
    public Integer intensityOrder() {
        return intensityRank == 0 ? null : intensityRank;
    }
}
