package org.ouraviewer.model;

import java.time.Instant;
import java.util.Arrays;

/**
 * Heart-rate rows ({@code heartrate} documents) in time order, without duplicates. Years of data are
 * millions of rows, so each row is packed into one {@code long}: epoch second, source and bpm. That
 * keeps 1.8 million rows in 14 MB and makes de-duplication one primitive sort.
 */
public final class HeartRateSamples {
    private static final int BPM_BITS = 9;
    private static final int SOURCE_BITS = 3;
    private static final int MAX_BPM = (1 << BPM_BITS) - 1;
    public static final HeartRateSamples EMPTY = new HeartRateSamples(new long[0]);

    private final long[] packed;

    private HeartRateSamples(long[] sortedUnique) {
        this.packed = sortedUnique;
    }

    public int size() {
        return packed.length;
    }

    public long epochSecond(int i) {
        return packed[i] >>> (BPM_BITS + SOURCE_BITS);
    }

    public Instant time(int i) {
        return Instant.ofEpochSecond(epochSecond(i));
    }

    public int bpm(int i) {
        return (int) (packed[i] & MAX_BPM);
    }

    public HeartRateSource source(int i) {
        return HeartRateSource.values()[(int) ((packed[i] >>> BPM_BITS) & ((1 << SOURCE_BITS) - 1))];
    }

    /** The index of the first row at or after {@code epochSecond}; {@link #size()} if none. */
    public int firstIndexAtOrAfter(long epochSecond) {
        long key = epochSecond << (BPM_BITS + SOURCE_BITS);
        int i = Arrays.binarySearch(packed, key);
        return i >= 0 ? i : -i - 1;
    }

    /** Collects rows in any order, duplicates included; {@link #build()} sorts and removes duplicates. */
    public static final class Builder {
        private long[] rows = new long[1024];
        private int size;

        public Builder() {
        }

        /** Adds a row; a bpm outside 0–511 is not a heart rate and is rejected. */
        public Builder add(long epochSecond, int bpm, HeartRateSource source) {
            if (bpm < 0 || bpm > MAX_BPM) {
                throw new IllegalArgumentException("bpm out of range: " + bpm);
            }
            if (epochSecond < 0 || epochSecond >= (1L << 40)) {
                throw new IllegalArgumentException("timestamp out of range: " + epochSecond);
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[size++] = (epochSecond << (BPM_BITS + SOURCE_BITS)) | ((long) source.ordinal() << BPM_BITS) | bpm;
            return this;
        }

        public Builder addAll(HeartRateSamples samples) {
            if (size + samples.packed.length > rows.length) {
                rows = Arrays.copyOf(rows, Math.max(rows.length * 2, size + samples.packed.length));
            }
            System.arraycopy(samples.packed, 0, rows, size, samples.packed.length);
            size += samples.packed.length;
            return this;
        }

        public int size() {
            return size;
        }

        public HeartRateSamples build() {
            long[] sorted = Arrays.copyOf(rows, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (unique == 0 || sorted[i] != sorted[unique - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return new HeartRateSamples(unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique));
        }
    }
}
