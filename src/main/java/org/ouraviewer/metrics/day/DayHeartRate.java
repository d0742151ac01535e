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
    private final RowWindow rows;

    /** The rows with {@code startSecond ≤ time < endSecond}. */
    public static DayHeartRate between(HeartRateSamples all, long startSecond, long endSecond) {
        return new DayHeartRate(all, RowWindow.between(all::firstIndexAtOrAfter, startSecond, endSecond));
    }

    private DayHeartRate(HeartRateSamples all, RowWindow rows) {
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

    public Instant time(int i) {
        return all.time(rows.from() + i);
    }

    public int bpm(int i) {
        return all.bpm(rows.from() + i);
    }

    public HeartRateSource source(int i) {
        return all.source(rows.from() + i);
    }

    /** Lowest bpm; 0 when empty. */
    public int min() {
        int min = Integer.MAX_VALUE;
        for (int i = rows.from(); i < rows.to(); i++) {
            min = Math.min(min, all.bpm(i));
        }
        return isEmpty() ? 0 : min;
    }

    /** Highest bpm; 0 when empty. */
    public int max() {
        int max = 0;
        for (int i = rows.from(); i < rows.to(); i++) {
            max = Math.max(max, all.bpm(i));
        }
        return max;
    }

    /** Mean bpm; NaN when empty. */
    public double mean() {
        long sum = 0;
        for (int i = rows.from(); i < rows.to(); i++) {
            sum += all.bpm(i);
        }
        return isEmpty() ? Double.NaN : (double) sum / size();
    }

    /** Rows per source, for the sources that have any, in the enum's order. */
    public Map<HeartRateSource, Integer> countsBySource() {
        Map<HeartRateSource, Integer> counts = new EnumMap<>(HeartRateSource.class);
        for (int i = rows.from(); i < rows.to(); i++) {
            counts.merge(all.source(i), 1, Integer::sum);
        }
        return counts;
    }
}
