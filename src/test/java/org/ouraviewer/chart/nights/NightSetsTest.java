package org.ouraviewer.chart.nights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;

/** The sets of the median night: the range's main sleeps, the nights after a tag, all the others. */
class NightSetsTest {
    @TempDir
    Path dir;

    /** Six days from 2024-03-01; a nap only on the 4th; Alcohol on the 1st and 3rd (so the 2nd and 4th after). */
    private OuraData data() {
        Fixture f = new Fixture(dir);
        for (int d = 1; d <= 6; d++) {
            String day = "2024-03-0" + d;
            String before = "2024-0" + (d == 1 ? "2-29" : "3-0" + (d - 1));
            if (d == 4) {
                f.period(day, "sleep", day + "T13:00:00+01:00", day + "T14:00:00+01:00",
                        Fixture.series("heart_rate", day + "T13:00:00+01:00", 90.0, 90.0));
            } else {
                f.period(day, "long_sleep", before + "T23:00:00+01:00", day + "T01:00:00+01:00",
                        Fixture.series("heart_rate", before + "T23:00:00+01:00", 50.0 + d, 60.0 + d));
            }
        }
        return f.tag("2024-03-01", "tag_generic_alcohol").tag("2024-03-03", "tag_generic_alcohol").load();
    }

    @Test
    void allNightsOfTheRangeWithoutATagAndNeverANap() {
        OuraData data = data();
        NightSets sets = NightSets.of(data, TagDays.of(data), null, null, null, true);
        assertEquals(NightSets.ALL_NIGHTS, sets.primary().name());
        assertEquals(5, sets.primary().median().nights(), "the 4th has only a nap, which is never a main sleep");
        assertNull(sets.reference(), "no tag: nothing to compare with");
        assertEquals(24, sets.primary().median().bins(), "2 h of bins: the nap's hour is not in the median");
        assertEquals(53, sets.primary().median().heartRate().median(0), "51 52 53 55 56 (with the nap's 90: 54)");
    }

    @Test
    void theNightsAfterATagAgainstAllTheOthers() {
        OuraData data = data();
        TagDays tags = TagDays.of(data);
        NightSets sets = NightSets.of(data, tags, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 6), "Alcohol", true);
        assertEquals("After Alcohol", sets.primary().name());
        assertEquals(1, sets.primary().median().nights(), "the 2nd; the 4th has no main sleep");
        assertEquals(NightSets.OTHER_NIGHTS, sets.reference().name());
        assertEquals(4, sets.reference().median().nights(), "the 1st, 3rd, 5th and 6th");
        assertTrue(Double.isNaN(sets.primary().median().heartRate().median(0)), "fewer than 3 nights: no median");
        assertEquals(1, sets.primary().median().heartRate().count(0));
        assertNull(NightSets.of(data, tags, null, null, "Alcohol", false).reference());
        assertEquals(MedianNight.nights(data, null, null, tags.days("Alcohol")).size(),
                NightSets.of(data, tags, null, null, "Alcohol", false).primary().median().nights(),
                "the same nights as median-night --tag");
        assertEquals(java.util.Set.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3)),
                NightSets.markedDays(tags, "Alcohol"));
        assertEquals(NightSets.markedDays(tags, "Alcohol"), NightSets.markedDays(tags, null), "every tag's days");
    }
}
