package org.ouraviewer.metrics.day;

import java.util.function.LongToIntFunction;

/**
 * Rows {@code [from, to)} of a packed, time-sorted series that fall inside a day's window: found by two binary
 * searches, so a day's view of the series ({@link DayHeartRate}, {@link DayTimedValues}) reads it in place and
 * never copies it. A subclass reads row {@code i} of the view at {@link #row}{@code (i)} of the whole series.
 */
abstract class DayRows {
    private final int from;
    private final int to;

    /**
     * The rows with {@code startSecond ≤ time < endSecond}, given the series' own search for the first row at or
     * after a second; never negative in size, even for an end before the start.
     */
    DayRows(LongToIntFunction firstIndexAtOrAfter, long startSecond, long endSecond) {
        from = firstIndexAtOrAfter.applyAsInt(startSecond);
        to = Math.max(from, firstIndexAtOrAfter.applyAsInt(endSecond));
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return to == from;
    }

    /** The index in the whole series of row {@code i} of the view. */
    final int row(int i) {
        return from + i;
    }
}
