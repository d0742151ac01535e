package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * One metric's value on every day of a span, in an array indexed by day (NaN where the day has no value),
 * so that ranges, windows and tag days are plain index arithmetic. Immutable.
 */
public final class DailySeries {
    private final DayMetric metric;
    private final LocalDate first;
    private final double[] values;
    private final int firstPresent;
    private final int lastPresent;
    private final int count;

    DailySeries(DayMetric metric, LocalDate first, double[] values) {
        this.metric = metric;
        this.first = first;
        this.values = values;
        int lo = -1;
        int hi = -1;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                lo = lo < 0 ? i : lo;
                hi = i;
                n++;
            }
        }
        firstPresent = lo;
        lastPresent = hi;
        count = n;
    }

    public DayMetric metric() {
        return metric;
    }

    /** The first day of the span (which may have no value). */
    public LocalDate firstDay() {
        return first;
    }

    /** Days in the span. */
    public int size() {
        return values.length;
    }

    /** The day at {@code index}. */
    public LocalDate day(int index) {
        return first.plusDays(index);
    }

    /** The index of {@code day}; outside {@code [0, size)} when the day is outside the span. */
    public int index(LocalDate day) {
        return (int) (day.toEpochDay() - first.toEpochDay());
    }

    /** The value at {@code index}, NaN when the day has none or lies outside the span. */
    public double value(int index) {
        return index >= 0 && index < values.length ? values[index] : Double.NaN;
    }

    /** The value on {@code day}, NaN when it has none. */
    public double value(LocalDate day) {
        return value(index(day));
    }

    /** How many days have a value. */
    public int count() {
        return count;
    }

    /** The first day that has a value. */
    public Optional<LocalDate> firstValueDay() {
        return firstPresent < 0 ? Optional.empty() : Optional.of(day(firstPresent));
    }

    /** The last day that has a value. */
    public Optional<LocalDate> lastValueDay() {
        return lastPresent < 0 ? Optional.empty() : Optional.of(day(lastPresent));
    }

    /** A copy of the values, NaN where missing (for scales that look at all values at once). */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "DailySeries[" + metric.id() + " from " + first + ", " + count + " of " + values.length + " days: "
                + Arrays.toString(Arrays.copyOf(values, Math.min(values.length, 8))) + "…]";
    }
}
