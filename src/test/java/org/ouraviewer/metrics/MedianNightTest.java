package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.PhaseShares.Phase;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/** Nights aligned by onset: binning by the series' own timestamps, gaps, lengths, percentiles, phases. */
class MedianNightTest {
    @TempDir
    Path dir;

    private static String hr(String start, Double... items) {
        return Fixture.series("heart_rate", start, items);
    }

    private static String phases(String p) {
        return ",\"sleep_phase_5_min\":\"" + p + "\"";
    }

    /**
     * Three nights of different lengths: A (1 h) has heart rate from 10 minutes after its bedtime with a
     * gap; B (2.5 h) from its bedtime; C (1 h) from 150 s after its bedtime. A nap on the 4th.
     */
    private OuraData threeNights() {
        return new Fixture(dir)
                .period("2024-03-01", "long_sleep", "2024-02-29T23:00:00+01:00", "2024-03-01T00:00:00+01:00",
                        hr("2024-02-29T23:10:00.000+01:00", 60.0, null, 62.0)
                                + Fixture.series("hrv", "2024-02-29T23:00:00.000+01:00", 40.0, 41.0) + phases("4221"))
                .period("2024-03-02", "long_sleep", "2024-03-01T23:00:00+01:00", "2024-03-02T01:30:00+01:00",
                        hr("2024-03-01T23:00:00.000+01:00", 50.0, 51.0, 52.0, 53.0, 54.0) + phases("42211"))
                .period("2024-03-03", "long_sleep", "2024-03-02T23:30:00+01:00", "2024-03-03T00:30:00+01:00",
                        hr("2024-03-02T23:32:30.000+01:00", 70.0, 71.0, 72.0) + ",\"hrv\":null" + phases("2"))
                .period("2024-03-04", "sleep", "2024-03-04T13:00:00+01:00", "2024-03-04T14:00:00+01:00",
                        hr("2024-03-04T13:00:00.000+01:00", 90.0, 90.0, 90.0) + phases("222"))
                .load();
    }

    @Test
    void theNightsAreTheMainSleepsNeverANap() {
        OuraData data = threeNights();
        List<SleepPeriod> all = MedianNight.nights(data, null, null, null);
        assertEquals(List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3)),
                all.stream().map(SleepPeriod::day).toList(), "the 4th has only a nap");
        assertEquals(1, MedianNight.nights(data, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), null).size());
        assertEquals(List.of(LocalDate.of(2024, 3, 2)), MedianNight.nights(data, null, null,
                Set.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3))).stream().map(SleepPeriod::day).toList(),
                "after a tag on the 1st and on the 3rd: the 2nd, and the 4th has no main sleep");
        assertEquals(List.of(), MedianNight.nights(data, null, null, Set.of(LocalDate.of(2024, 3, 5))),
                "a tag with no night after it");
    }

    @Test
    void samplesGoToBinsByTheirOwnSeriesTimestamps() {
        MedianNight m = MedianNight.of(MedianNight.nights(threeNights(), null, null, null));
        assertEquals(3, m.nights());
        assertEquals(30, m.bins(), "to the end of the longest night, 2.5 h");
        assertEquals(29 * 300, m.offsetSeconds(29));
        BinStats hr = m.heartRate();
        // bin 0: B 50 and C 70 (C's first sample is 150 s after its bedtime); A's series starts at bin 2
        assertEquals(List.of(2, 2, 3, 1, 2, 0), List.of(hr.count(0), hr.count(1), hr.count(2), hr.count(3),
                hr.count(4), hr.count(5)));
        assertTrue(Double.isNaN(hr.median(0)), "fewer than 3 nights");
        assertTrue(Double.isNaN(hr.p25(4)));
        // bin 2: A 60, B 52, C 72
        assertEquals(60, hr.median(2));
        assertEquals(56, hr.p25(2));
        assertEquals(66, hr.p75(2));
        for (int b = 5; b < 30; b++) {
            assertEquals(0, hr.count(b));
        }
        assertEquals(1, m.hrv().count(0), "only A has HRV");
    }

    @Test
    void phaseSharesCountTheNightsThatHaveACharacterThere() {
        PhaseShares p = MedianNight.of(MedianNight.nights(threeNights(), null, null, null)).phases();
        // bin 0: A 4, B 4, C 2
        assertEquals(2 / 3.0, p.share(Phase.AWAKE, 0), 1e-15);
        assertEquals(1 / 3.0, p.share(Phase.LIGHT, 0), 1e-15);
        assertEquals(0, p.share(Phase.DEEP, 0));
        assertEquals(3, p.nights(0));
        assertEquals(1, p.share(Phase.LIGHT, 1), "C has no second character");
        assertEquals(1, p.share(Phase.DEEP, 3));
        assertEquals(1, p.share(Phase.DEEP, 4), "B alone");
        assertEquals(1, p.nights(4));
        assertTrue(Double.isNaN(p.share(Phase.REM, 5)), "no night has a sixth character");
    }

    @Test
    void percentilesInterpolateLikeNumpy() {
        double[] v = {50, 52, 60, 61};
        // h = 3 × q: 0.75 → 50 + 0.75 × 2; 1.5 → 52 + 0.5 × 8; 2.25 → 60 + 0.25 × 1
        assertEquals(51.5, BinStats.percentile(v, 0, 4, 0.25));
        assertEquals(56, BinStats.percentile(v, 0, 4, 0.5));
        assertEquals(60.25, BinStats.percentile(v, 0, 4, 0.75));
        assertEquals(50, BinStats.percentile(v, 0, 4, 0));
        assertEquals(61, BinStats.percentile(v, 0, 4, 1));
        double[] five = {0, 1, 2, 3, 4, 10};
        assertEquals(2.5, BinStats.percentile(five, 1, 4, 0.5), "a slice: 1 2 3 4");
    }

    @Test
    void aNightCountsOncePerBinWithTheMeanOfItsSamplesThere() {
        Fixture f = new Fixture(dir);
        for (int d = 1; d <= 3; d++) {
            String day = "2024-03-0" + d;
            f.period(day, "long_sleep", day + "T00:00:00+01:00", day + "T00:10:00+01:00",
                    ",\"heart_rate\":{\"interval\":60.0,\"items\":[50,52,54,null,58,60],\"timestamp\":\"" + day
                            + "T00:00:00+01:00\"}");
        }
        MedianNight m = MedianNight.of(MedianNight.nights(f.load(), null, null, null));
        assertEquals(2, m.bins());
        assertEquals(3, m.heartRate().count(0));
        assertEquals(53.5, m.heartRate().median(0), "(50 + 52 + 54 + 58) / 4");
        assertEquals(60, m.heartRate().median(1));
    }

    @Test
    void aClockChangeInsideTheNightMovesNothing() {
        // 23:30 +01:00 to 07:30 +02:00 is 7 hours; 03:10 +02:00 is 2 h 40 min after onset: bin 32, not 44
        Fixture f = new Fixture(dir);
        for (int d = 29; d <= 31; d++) {
            f.period("2024-03-" + d, "long_sleep", "2024-03-" + (d - 1) + "T23:30:00+01:00", "2024-03-" + d
                    + (d == 31 ? "T07:30:00+02:00" : "T06:30:00+01:00"), hr("2024-03-" + d
                    + (d == 31 ? "T03:10:00.000+02:00" : "T02:10:00.000+01:00"), 55.0, 56.0));
        }
        MedianNight m = MedianNight.of(MedianNight.nights(f.load(), null, null, null));
        assertEquals(84, m.bins(), "7 hours");
        assertEquals(3, m.heartRate().count(32));
        assertEquals(55, m.heartRate().median(32));
        assertEquals(56, m.heartRate().median(33));
        assertEquals(0, m.heartRate().count(44));
    }

    @Test
    void noNightsNoBins() {
        MedianNight m = MedianNight.of(List.of());
        assertEquals(0, m.nights());
        assertEquals(0, m.bins());
    }

    /** The samples as written go into the statistics: the median of 60.9 and 61.0 is 60.95, exactly as a double. */
    @Test
    void decimalSamplesGiveExactStatistics() {
        Fixture f = new Fixture(dir);
        double[] first = {60.9, 61.0, 60.8, 61.1};
        for (int d = 1; d <= 4; d++) {
            String day = "2024-03-0" + d;
            f.period(day, "long_sleep", day + "T00:00:00+01:00", day + "T00:10:00+01:00",
                    hr(day + "T00:00:00.000+01:00", first[d - 1], 60.9));
        }
        OuraData data = f.load();
        MedianNight m = MedianNight.of(MedianNight.nights(data, null, null, null));
        assertEquals(60.9 + 0.5 * (61.0 - 60.9), m.heartRate().median(0));
        assertEquals(60.9, m.heartRate().median(1));
        assertEquals(60.9, m.heartRate().p25(1));
    }
}
