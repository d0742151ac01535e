package org.ouraviewer.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * A regularly sampled series: item {@code i} covers {@code start + i × interval}. A missing sample
 * (JSON {@code null}, V1 zero) is {@link Float#NaN}: a gap to draw as a gap, never as zero. The samples are
 * kept as floats (years of them); {@link #value} gives each back as the decimal it was written as.
 */
public final class SampleSeries {
    private final OffsetDateTime start;
    private final double intervalSeconds;
    private final float[] values;

    public SampleSeries(OffsetDateTime start, double intervalSeconds, float[] values) {
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("interval must be positive: " + intervalSeconds);
        }
        this.start = start;
        this.intervalSeconds = intervalSeconds;
        this.values = values.clone();
    }

    public OffsetDateTime start() {
        return start;
    }

    public double intervalSeconds() {
        return intervalSeconds;
    }

    public int size() {
        return values.length;
    }

    /**
     * The sample at {@code i} as the file wrote it (60.9, not the float's 60.900001525878906), or NaN for a
     * gap: every number printed or computed from a series goes through here ({@link FloatDecimal}).
     */
    public double value(int i) {
        return FloatDecimal.toDouble(values[i]);
    }

    public boolean isGap(int i) {
        return Float.isNaN(values[i]);
    }

    /** The instant sample {@code i} starts at. */
    public Instant time(int i) {
        long millis = Math.round(i * intervalSeconds * 1000);
        return start.toInstant().plusMillis(millis);
    }

    /** How many samples are not gaps. */
    public int presentCount() {
        int n = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The raw floats, for drawing (a pixel does not see the float's error); numbers come from {@link #value}. */
    public float[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "SampleSeries[" + start + ", " + intervalSeconds + " s, " + Arrays.toString(values) + "]";
    }
}
