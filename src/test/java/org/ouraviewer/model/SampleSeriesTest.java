package org.ouraviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SampleSeriesTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2022-12-01T00:43:00+00:00");

    @Test
    void gapsAreNaNAndNotCounted() {
        float[] values = {56, Float.NaN, 54};
        SampleSeries s = new SampleSeries(START, 300, values);
        values[0] = 0; // the series keeps its own copy
        assertEquals(56f, s.value(0));
        assertTrue(s.isGap(1));
        assertFalse(s.isGap(2));
        assertEquals(2, s.presentCount());
        assertEquals(Instant.parse("2022-12-01T00:53:00Z"), s.time(2));
        s.toArray()[0] = 1;
        assertEquals(56f, s.value(0));
    }

    @Test
    void fractionalIntervals() {
        SampleSeries s = new SampleSeries(START, 0.5, new float[] {1, 2, 3});
        assertEquals(START.toInstant().plusMillis(1000), s.time(2));
    }

    @Test
    void intervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SampleSeries(START, 0, new float[0]));
        assertThrows(IllegalArgumentException.class, () -> new SampleSeries(START, Double.NaN, new float[0]));
    }
}
