package org.ouraviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartRateSamplesTest {
    private static final long T = Instant.parse("2022-12-01T10:38:25Z").getEpochSecond();

    @Test
    void sortsAndDropsExactRepeats() {
        HeartRateSamples s = new HeartRateSamples.Builder()
                .add(T + 60, 81, HeartRateSource.AWAKE)
                .add(T, 90, HeartRateSource.AWAKE)
                .add(T + 60, 81, HeartRateSource.AWAKE) // the same row again (Open Humans repeats windows)
                .add(T + 60, 82, HeartRateSource.AWAKE) // same time, other value: kept
                .add(T + 30, 120, HeartRateSource.WORKOUT)
                .build();
        assertEquals(4, s.size());
        assertEquals(T, s.epochSecond(0));
        assertEquals(90, s.bpm(0));
        assertEquals(HeartRateSource.WORKOUT, s.source(1));
        assertEquals(Instant.ofEpochSecond(T + 30), s.time(1));
        assertEquals(81, s.bpm(2));
        assertEquals(82, s.bpm(3));
    }

    @Test
    void mergingBuildsTheUnion() {
        HeartRateSamples a = new HeartRateSamples.Builder().add(T, 60, HeartRateSource.SLEEP)
                .add(T + 300, 58, HeartRateSource.SLEEP).build();
        HeartRateSamples b = new HeartRateSamples.Builder().add(T + 300, 58, HeartRateSource.SLEEP)
                .add(T + 600, 57, HeartRateSource.SLEEP).build();
        HeartRateSamples all = new HeartRateSamples.Builder().addAll(a).addAll(b).build();
        assertEquals(3, all.size());
        assertEquals(57, all.bpm(2));
    }

    @Test
    void findsTheFirstRowAtOrAfterATime() {
        HeartRateSamples s = new HeartRateSamples.Builder().add(T, 60, HeartRateSource.LIVE)
                .add(T + 10, 300, HeartRateSource.UNKNOWN).add(T + 20, 0, HeartRateSource.AWAKE).build();
        assertEquals(0, s.firstIndexAtOrAfter(T - 1));
        assertEquals(0, s.firstIndexAtOrAfter(T));
        assertEquals(1, s.firstIndexAtOrAfter(T + 1));
        assertEquals(1, s.firstIndexAtOrAfter(T + 10));
        assertEquals(2, s.firstIndexAtOrAfter(T + 20));
        assertEquals(3, s.firstIndexAtOrAfter(T + 21));
        assertEquals(300, s.bpm(1));
        assertEquals(HeartRateSource.UNKNOWN, s.source(1));
        assertEquals(0, HeartRateSamples.EMPTY.firstIndexAtOrAfter(T));
    }

    @Test
    void manyRowsStayInOrder() {
        HeartRateSamples.Builder b = new HeartRateSamples.Builder();
        for (int i = 5000; i > 0; i--) {
            b.add(T + i * 87L, 50 + i % 100, HeartRateSource.values()[i % 7]);
        }
        HeartRateSamples s = b.build();
        assertEquals(5000, s.size());
        for (int i = 1; i < s.size(); i++) {
            assertEquals(s.epochSecond(i - 1) + 87, s.epochSecond(i));
        }
    }

    @Test
    void rejectsWhatCannotBePacked() {
        HeartRateSamples.Builder b = new HeartRateSamples.Builder();
        assertThrows(IllegalArgumentException.class, () -> b.add(T, 512, HeartRateSource.AWAKE));
        assertThrows(IllegalArgumentException.class, () -> b.add(-1, 60, HeartRateSource.AWAKE));
    }

    @Test
    void sourceCodes() {
        assertEquals(HeartRateSource.WORKOUT, HeartRateSource.fromCode("workout"));
        assertEquals(HeartRateSource.REST, HeartRateSource.fromCode("REST"));
        assertEquals(HeartRateSource.UNKNOWN, HeartRateSource.fromCode("ecg"));
        assertEquals(HeartRateSource.UNKNOWN, HeartRateSource.fromCode((String) null));
        char[] buffer = "xxsessionyy".toCharArray();
        assertEquals(HeartRateSource.SESSION, HeartRateSource.fromCode(buffer, 2, 7));
        assertEquals(HeartRateSource.UNKNOWN, HeartRateSource.fromCode(buffer, 2, 6));
        assertEquals("live", HeartRateSource.LIVE.code());
    }
}
