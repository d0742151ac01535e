package org.ouraviewer.metrics.day;

import org.ouraviewer.model.TimedValues;

/** The values of a timed series (daytime stress, skin temperature) inside a day's window; a view, not a copy. */
public final class DayTimedValues extends DayRows {
    private final TimedValues all;

    /** The values with {@code startSecond ≤ time < endSecond}. */
    public static DayTimedValues between(TimedValues all, long startSecond, long endSecond) {
        return new DayTimedValues(all, startSecond, endSecond);
    }

    private DayTimedValues(TimedValues all, long startSecond, long endSecond) {
        super(all::firstIndexAtOrAfter, startSecond, endSecond);
        this.all = all;
    }

    public long epochSecond(int i) {
        return all.epochSecond(row(i));
    }

    /** The value, NaN for a row without one. */
    public double value(int i) {
        return all.value(row(i));
    }
}
