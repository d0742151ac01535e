package org.ouraviewer.model;

import java.util.Arrays;

/**
 * A series of irregular timed values (the Membership Hub's daytime stress, skin temperature): epoch seconds
 * in order, one value each, no two at the same second. Primitive arrays, as for {@link HeartRateSamples}:
 * a skin temperature a minute is half a million rows a year.
 */
public final class TimedValues {
    public static final TimedValues EMPTY = new TimedValues(new long[0], new float[0]);

    private final long[] seconds;
    private final float[] values;

    private TimedValues(long[] seconds, float[] values) {
        this.seconds = seconds;
        this.values = values;
    }

    public int size() {
        return seconds.length;
    }

    public long epochSecond(int i) {
        return seconds[i];
    }

    /** The value as the file wrote it ({@link FloatDecimal}); NaN for a row without one. */
    public double value(int i) {
        return FloatDecimal.toDouble(values[i]);
    }

    /** The index of the first value at or after {@code epochSecond}; {@link #size()} if none. */
    public int firstIndexAtOrAfter(long epochSecond) {
        int i = Arrays.binarySearch(seconds, epochSecond);
        return i >= 0 ? i : -i - 1;
    }

    /** Collects values in any order; of two at the same second the first added is kept. */
    public static final class Builder {
        private static final int INDEX_BITS = 24;
        private long[] seconds = new long[64];
        private float[] values = new float[64];
        private int size;

        /** Adds a value; a time before 1970 or after 2^39 s, or more than 16 million rows, is rejected. */
        public Builder add(long epochSecond, float value) {
            if (epochSecond < 0 || epochSecond >= (1L << (63 - INDEX_BITS))) {
                throw new IllegalArgumentException("timestamp out of range: " + epochSecond);
            }
            if (size == 1 << INDEX_BITS) {
                throw new IllegalStateException("more than " + (1 << INDEX_BITS) + " timed values");
            }
            if (size == seconds.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            seconds[size] = epochSecond;
            values[size++] = value;
            return this;
        }

        public Builder addAll(TimedValues other) {
            for (int i = 0; i < other.size(); i++) {
                add(other.seconds[i], other.values[i]);
            }
            return this;
        }

        public int size() {
            return size;
        }

        public TimedValues build() {
            if (size == 0) {
                return EMPTY;
            }
            // time and index in one long: a primitive sort, stable, so the first added of a repeated second wins
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = (seconds[i] << INDEX_BITS) | i;
            }
            Arrays.sort(order);
            long[] s = new long[size];
            float[] v = new float[size];
            int n = 0;
            for (long key : order) {
                long second = key >> INDEX_BITS;
                if (n == 0 || s[n - 1] != second) {
                    s[n] = second;
                    v[n++] = values[(int) (key & ((1 << INDEX_BITS) - 1))];
                }
            }
            return new TimedValues(Arrays.copyOf(s, n), Arrays.copyOf(v, n));
        }
    }
}
