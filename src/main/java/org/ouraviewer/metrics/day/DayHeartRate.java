package org.ouraviewer.metrics.day;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.ouraviewer.model.HeartRateSamples;
import org.ouraviewer.model.HeartRateSource;

/**
 * The de-duplicated heart-rate rows of a day's window: a view of the rows in the window of all the heart
 * rate, found by binary search, never copied (a chart reads {@link #epochSecond}, {@link #bpm} and
 * {@link #source} by index {@code 0 … size()-1}).
 */
public final class DayHeartRate extends DayRows {
    private final HeartRateSamples all;

    /** The rows with {@code startSecond ≤ time < endSecond}. */
    public static DayHeartRate between(HeartRateSamples all, long startSecond, long endSecond) {
        return new DayHeartRate(all, startSecond, endSecond);
    }

    private DayHeartRate(HeartRateSamples all, long startSecond, long endSecond) {
        super(all::firstIndexAtOrAfter, startSecond, endSecond);
        this.all = all;
    }

    public long epochSecond(int i) {
        return all.epochSecond(row(i));
    }

    public Instant time(int i) {
        return all.time(row(i));
    }

    public int bpm(int i) {
        return all.bpm(row(i));
    }

    public HeartRateSource source(int i) {
        return all.source(row(i));
    }

    /** Lowest bpm; 0 when empty. */
    public int min() {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < size(); i++) {
            min = Math.min(min, bpm(i));
        }
        return isEmpty() ? 0 : min;
    }

    /** Highest bpm; 0 when empty. */
    public int max() {
        int max = 0;
        for (int i = 0; i < size(); i++) {
            max = Math.max(max, bpm(i));
        }
        return max;
    }

    /** Mean bpm; NaN when empty. */
    public double mean() {
        long sum = 0;
        for (int i = 0; i < size(); i++) {
            sum += bpm(i);
        }
        return isEmpty() ? Double.NaN : (double) sum / size();
    }

    /** Rows per source, for the sources that have any, in the enum's order. */
    public Map<HeartRateSource, Integer> countsBySource() {
        Map<HeartRateSource, Integer> counts = new EnumMap<>(HeartRateSource.class);
        for (int i = 0; i < size(); i++) {
            counts.merge(source(i), 1, Integer::sum);
        }
        return counts;
    }
}
