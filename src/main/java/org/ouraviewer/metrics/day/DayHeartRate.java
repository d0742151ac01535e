package org.ouraviewer.metrics.day;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.ouraviewer.model.HeartRateSamples;
import org.ouraviewer.model.HeartRateSource;

/**
 * The de-duplicated heart-rate rows of a day's window: a view of rows {@code [from, to)} of all the heart
 * rate, found by binary search, never copied (a chart reads {@link #epochSecond}, {@link #bpm} and
 * {@link #source} by index {@code 0 … size()-1}).
 */
public final class DayHeartRate {
    private final HeartRateSamples all;
    private final int from;
    private final int to;

    /** The rows with {@code startSecond ≤ time < endSecond}. */
    public static DayHeartRate between(HeartRateSamples all, long startSecond, long endSecond) {
        int from = all.firstIndexAtOrAfter(startSecond);
        int to = Math.max(from, all.firstIndexAtOrAfter(endSecond));
        return new DayHeartRate(all, from, to);
    }

    private DayHeartRate(HeartRateSamples all, int from, int to) {
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

    public Instant time(int i) {
        return all.time(from + i);
    }

    public int bpm(int i) {
        return all.bpm(from + i);
    }

    public HeartRateSource source(int i) {
        return all.source(from + i);
    }

    /** Lowest bpm; 0 when empty. */
    public int min() {
        int min = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            min = Math.min(min, all.bpm(i));
        }
        return isEmpty() ? 0 : min;
    }

    /** Highest bpm; 0 when empty. */
    public int max() {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, all.bpm(i));
        }
        return max;
    }

    /** Mean bpm; NaN when empty. */
    public double mean() {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += all.bpm(i);
        }
        return isEmpty() ? Double.NaN : (double) sum / size();
    }

    /** Rows per source, for the sources that have any, in the enum's order. */
    public Map<HeartRateSource, Integer> countsBySource() {
        Map<HeartRateSource, Integer> counts = new EnumMap<>(HeartRateSource.class);
        for (int i = from; i < to; i++) {
            counts.merge(all.source(i), 1, Integer::sum);
        }
        return counts;
    }
}
