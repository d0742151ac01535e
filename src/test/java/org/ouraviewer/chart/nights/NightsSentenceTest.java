package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.model.OuraData;

/** The sentences of the Nights tab's charts, on nights built in the test. */
class NightsSentenceTest {
    @TempDir
    Path dir;

    /** Six days: nights 23:00 to 07:00 on the first, second and fourth; 00:30 to 08:30 on the fifth. */
    private OuraData data(LocalDate first) {
        Fixture f = new Fixture(dir);
        for (int i : new int[] {0, 1, 3}) {
            LocalDate d = first.plusDays(i);
            f.period(d.toString(), "long_sleep", d.minusDays(1) + "T23:00:00+01:00", d + "T07:00:00+01:00",
                    ",\"sleep_phase_5_min\":\"" + "2".repeat(96) + "\"");
        }
        LocalDate d = first.plusDays(4);
        f.period(d.toString(), "long_sleep", d + "T00:30:00+01:00", d + "T08:30:00+01:00",
                ",\"sleep_phase_5_min\":\"" + "2".repeat(96) + "\"");
        return f.load();
    }

    @Test
    void theActogramSaysItsDaysItsUsualHoursAndItsMarks() {
        LocalDate first = LocalDate.of(2024, 3, 1);
        ActogramRows rows = ActogramRows.of(data(first), first, first.plusDays(5), Set.of(first.plusDays(1)));
        assertEquals("Actogram from 2024-03-01 to 2024-03-06, 6 days, 4 with a night; a row a day, 18:00 the "
                + "evening before to 14:00; usual bedtime 23:00, usual waking 07:00 (medians); Alcohol marked on 1 day.",
                NightsSentence.actogram(rows, "Alcohol"));
    }

    @Test
    void theMedianNightSaysItsSetsAndTheRangeOfItsMedians() {
        MedianNight none = MedianNight.of(List.of());
        String sentence = NightsSentence.medianNight(new MedianSet("All nights", none), null, null);
        assertEquals("Median night of All nights, 0 nights, aligned by bedtime start: median heart rate (too few "
                + "nights), median HRV (too few nights); lanes: heart rate, HRV, phase shares.", sentence);
        String compared = NightsSentence.medianNight(new MedianSet("After Alcohol", none),
                new MedianSet("All other nights", none), null);
        assertTrue(compared.startsWith("Median night of After Alcohol, 0 nights, compared with All other nights, "
                + "0 nights, aligned"), compared);
    }

    @Test
    void theMediansOfTheSampleNightsHaveARange() {
        MedianNight median = MedianNight.of(MedianNight.nights(SampleData.DATA, null, null, null));
        String sentence = NightsSentence.medianNight(new MedianSet("All nights", median), null, null);
        assertTrue(sentence.matches("Median night of All nights, \\d+ nights, aligned by bedtime start: median heart "
                + "rate \\d+ to \\d+ bpm, median HRV \\d+ to \\d+ ms; lanes: heart rate, HRV, phase shares\\."), sentence);
    }
}
