package org.ouraviewer.metrics.day;

import java.util.function.LongToIntFunction;

/**
 * Rows {@code [from, to)} of a packed, time-sorted series that fall inside a day's window: found by two binary
 * searches, so the day views ({@link DayHeartRate}, {@link DayTimedValues}) read the series in place, never copy it.
 */
record RowWindow(int from, int to) {

    /**
     * The rows with {@code startSecond ≤ time < endSecond}, given the series' own search for the first row at or
     * after a second; never negative in size, even for an end before the start.
     */
    static RowWindow between(LongToIntFunction firstIndexAtOrAfter, long startSecond, long endSecond) {
        int from = firstIndexAtOrAfter.applyAsInt(startSecond);
        return new RowWindow(from, Math.max(from, firstIndexAtOrAfter.applyAsInt(endSecond)));
    }

    int size() {
        return to - from;
    }

    boolean isEmpty() {
        return to == from;
    }
}
