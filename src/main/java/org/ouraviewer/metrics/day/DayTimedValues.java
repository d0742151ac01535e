package org.ouraviewer.metrics.day;

import org.ouraviewer.model.TimedValues;

/** The values of a timed series (daytime stress, skin temperature) inside a day's window; a view, not a copy. */
public final class DayTimedValues {
    private final TimedValues all;
    private final int from;
    private final int to;

    /** The values with {@code startSecond ≤ time < endSecond}. */
    public static DayTimedValues between(TimedValues all, long startSecond, long endSecond) {
        int from = all.firstIndexAtOrAfter(startSecond);
        return new DayTimedValues(all, from, Math.max(from, all.firstIndexAtOrAfter(endSecond)));
    }

    private DayTimedValues(TimedValues all, int from, int to) {
        this.all = all;
        this.from = from;
        this.to = to;
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return to == from;
    }

    public long epochSecond(int i) {
        return all.epochSecond(from + i);
    }

    /** The value, NaN for a row without one. */
    public double value(int i) {
        return all.value(from + i);
    }
}
