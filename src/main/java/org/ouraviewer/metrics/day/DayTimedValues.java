package org.ouraviewer.metrics.day;

import org.ouraviewer.model.TimedValues;

/** The values of a timed series (daytime stress, skin temperature) inside a day's window; a view, not a copy. */
public final class DayTimedValues {
    private final TimedValues all;
    private final RowWindow rows;

    /** The values with {@code startSecond ≤ time < endSecond}. */
    public static DayTimedValues between(TimedValues all, long startSecond, long endSecond) {
        return new DayTimedValues(all, RowWindow.between(all::firstIndexAtOrAfter, startSecond, endSecond));
    }

    private DayTimedValues(TimedValues all, RowWindow rows) {
        this.all = all;
        this.rows = rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public long epochSecond(int i) {
        return all.epochSecond(rows.from() + i);
    }

    /** The value, NaN for a row without one. */
    public double value(int i) {
        return all.value(rows.from() + i);
    }
}
