package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code from} to {@code to}, both included ({@code to} is never before {@code from}). */
public record DayRange(LocalDate from, LocalDate to) {
    public DayRange {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + to);
        }
    }

    /** How many days it holds. */
    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The range of {@code days} days (at least one) that lies within {@code bounds} and is as close as it can
     * be to starting at {@code start}; all of {@code bounds} when it is shorter.
     */
    public static DayRange within(DayRange bounds, LocalDate start, int days) {
        int span = Math.max(1, Math.min(days, bounds.days()));
        long first = Math.max(bounds.from.toEpochDay(), Math.min(bounds.to.toEpochDay() - span + 1,
                start.toEpochDay()));
        return new DayRange(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(first + span - 1));
    }

    /** The last {@code days} days of {@code bounds} (all of it when it is shorter). */
    public static DayRange last(DayRange bounds, int days) {
        return within(bounds, bounds.to.minusDays(days - 1L), days);
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
