package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usual-range band: quartiles of every value of the data, by numpy's linear method, worked by hand. */
class BaselineTest {
    @TempDir
    Path dir;

    @Test
    void quartilesOfAllTheDaysWithAValueGapsLeftOut() {
        Fixture f = new Fixture(dir);
        // ten scores 60..69 spread over 20 days: every other day has none
        for (int i = 0; i < 10; i++) {
            f.dailySleep(LocalDate.of(2024, 3, 1).plusDays(2L * i).toString(), 69 - i);
        }
        Baseline b = Baseline.of(DayMetrics.of(f.load()).series(DayMetric.SLEEP_SCORE));
        // sorted 60..69, n = 10: h = 9p; p25 at 2.25 → 62.25, median at 4.5 → 64.5, p75 at 6.75 → 66.75
        assertEquals(62.25, b.p25(), 1e-12);
        assertEquals(64.5, b.median(), 1e-12);
        assertEquals(66.75, b.p75(), 1e-12);
        assertEquals(10, b.count());
        assertTrue(b.exists());
    }

    @Test
    void unevenValuesInterpolateBetweenTheClosestRanks() {
        Fixture f = new Fixture(dir);
        int[] scores = {50, 90, 70, 71, 72, 88, 60, 65};
        for (int i = 0; i < scores.length; i++) {
            f.dailySleep(LocalDate.of(2024, 1, 1).plusDays(i).toString(), scores[i]);
        }
        Baseline b = Baseline.of(DayMetrics.of(f.load()).series(DayMetric.SLEEP_SCORE));
        // sorted 50 60 65 70 71 72 88 90, h = 7p: p25 1.75 → 60 + 0.75·5 = 63.75; median 3.5 → 70.5;
        // p75 5.25 → 72 + 0.25·16 = 76
        assertEquals(63.75, b.p25(), 1e-12);
        assertEquals(70.5, b.median(), 1e-12);
        assertEquals(76.0, b.p75(), 1e-12);
    }

    @Test
    void fewerThanSevenValuesHaveNoBaseline() {
        Fixture f = new Fixture(dir);
        for (int i = 0; i < 6; i++) {
            f.dailySleep(LocalDate.of(2024, 1, 1).plusDays(i).toString(), 70 + i);
        }
        Baseline b = Baseline.of(DayMetrics.of(f.load()).series(DayMetric.SLEEP_SCORE));
        assertFalse(b.exists());
        assertEquals(6, b.count());
    }
}
