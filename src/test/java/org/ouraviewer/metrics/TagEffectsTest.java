package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.OuraData;

/** Tag days of both tag kinds, the days with and without, and Welch's interval worked out by hand. */
class TagEffectsTest {
    @TempDir
    Path dir;

    /** Scores 2024-03-01 … 03-10: 70 80 60 90 75 85 65 70 80 72. */
    private OuraData data() {
        Fixture f = new Fixture(dir);
        int[] scores = {70, 80, 60, 90, 75, 85, 65, 70, 80, 72};
        for (int i = 0; i < scores.length; i++) {
            f.dailySleep(LocalDate.of(2024, 3, 1 + i).toString(), scores[i]);
        }
        return f.tag("2024-03-01", "tag_sleep_alcohol")
                .enhancedTag("2024-03-03", "tag_sleep_alcohol", null)
                .tag("2024-03-03", "tag_sleep_alcohol", "tag_generic_tired")
                .tag("2024-03-03", "tag_generic_tired")
                .tag("2024-03-06", "tag_generic_tired")
                .enhancedTag("2024-03-05", "custom", "Sauna")
                .enhancedTag("2024-03-10", "custom", "Late walk")
                .enhancedTag("2024-03-02", null, null)
                .tag("2024-03-04")
                .load();
    }

    @Test
    void bothTagKindsMeetUnderTheNamesOfTheTagsTab() {
        TagDays tags = TagDays.of(data());
        assertEquals(List.of("Alcohol", "Late walk", "Sauna", "Tired"), tags.names(), "text-only tags have no name");
        assertEquals(Set.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3)), tags.days("Alcohol"),
                "a day tagged twice counts once");
        assertEquals(Set.of(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 6)), tags.days("Tired"));
        assertEquals("Tired", tags.find("tired").orElseThrow());
        assertTrue(tags.find("Coffee").isEmpty());
        assertTrue(tags.days("Coffee").isEmpty());
    }

    @Test
    void theNightAfterEachTagDayAgainstEveryOtherDay() {
        OuraData data = data();
        DailySeries scores = DayMetrics.of(data).series(DayMetric.SLEEP_SCORE);
        List<TagEffect> effects = TagEffects.of(scores, TagDays.of(data), TagEffects.DEFAULT_LAG);
        // Sauna has one day after it, Late walk none (the 11th has no score): both left out
        assertEquals(List.of("Alcohol", "Tired"), effects.stream().map(TagEffect::tag).toList());
        TagEffect alcohol = effects.get(0);
        // with: the 2nd and the 4th (80, 90); without: the 8 other days, 577 / 8
        assertEquals(2, alcohol.nWith());
        assertEquals(8, alcohol.nWithout());
        assertEquals(85, alcohol.meanWith());
        assertEquals(72.125, alcohol.meanWithout());
        assertEquals(12.875, alcohol.difference());
        // s² = 50 and 77.267857; se = √(25 + 9.658482) = 5.887146; ν = 1.708327
        assertEquals(-16.320332409259837, alcohol.ciLow(), 1e-8);
        assertEquals(42.070332409259834, alcohol.ciHigh(), 1e-8);
        assertTrue(alcohol.few());
        TagEffect tired = effects.get(1);
        assertEquals(77.5, tired.meanWith(), "the 4th and the 7th: 90 and 65");
        assertEquals(74, tired.meanWithout());
        assertEquals(-128.2080752708022, tired.ciLow(), 1e-8);
        assertEquals(135.2080752708022, tired.ciHigh(), 1e-8);
    }

    @Test
    void lagZeroTakesTheTagDayItself() {
        OuraData data = data();
        TagEffect alcohol = TagEffects.of(DayMetrics.of(data).series(DayMetric.SLEEP_SCORE), "Alcohol",
                TagDays.of(data).days("Alcohol"), 0);
        assertEquals(65, alcohol.meanWith());
        assertEquals(77.125, alcohol.meanWithout());
        assertEquals(-40.5426769593837, alcohol.ciLow(), 1e-8);
        assertEquals(16.2926769593837, alcohol.ciHigh(), 1e-8);
    }

    @Test
    void aTagWithNoNightsAfterItHasNoEffect() {
        OuraData data = data();
        DailySeries scores = DayMetrics.of(data).series(DayMetric.SLEEP_SCORE);
        assertNull(TagEffects.of(scores, "Late walk", TagDays.of(data).days("Late walk"), 1));
        assertNull(TagEffects.of(scores, "Sauna", TagDays.of(data).days("Sauna"), 1), "one night is not enough");
        assertEquals(List.of(), TagEffects.of(DayMetrics.of(data).series(DayMetric.STEPS), TagDays.of(data), 1),
                "no steps at all");
    }

    @Test
    void theStrongestEffectsLeadByDifferenceOverHalfWidth() {
        TagEffect clear = new TagEffect("Clear", 20, 100, 60, 70, -10, -14, -6);
        TagEffect unsure = new TagEffect("Unsure", 20, 100, 72, 70, 2, -3, 7);
        TagEffect wide = new TagEffect("Wide", 3, 100, 80, 70, 10, -20, 40);
        TagEffect none = new TagEffect("None", 2, 1, 80, 70, 10, Double.NaN, Double.NaN);
        assertEquals(2.5, clear.strength(), 1e-12, "10 over a half-width of 4");
        assertTrue(clear.excludesZero());
        assertFalse(unsure.excludesZero());
        assertFalse(clear.few());
        assertTrue(wide.few());
        // 10/4 = 2.5, 2/5 = 0.4, 10/30 = 0.33, then the one without an interval
        assertEquals(List.of(clear, unsure, wide, none),
                List.of(none, unsure, wide, clear).stream().sorted(TagEffect.STRONGEST_FIRST).toList());
    }
}
