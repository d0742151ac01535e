package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.Tag;

class TagLabelsTest {
    @Test
    void knownCodesReadAsWords() {
        assertEquals("Jet lag", TagLabels.label("tag_generic_jetlag"));
        assertEquals("Alcohol", TagLabels.label("tag_sleep_alcohol"));
        assertEquals("Late meal", TagLabels.label("tag_sleep_latemeal"));
        assertEquals("No caffeine", TagLabels.label("tag_generic_nocaffeine"));
        assertEquals("Social gathering", TagLabels.label("tag_generic_socialgathering"));
        assertEquals("COVID-19 vaccine", TagLabels.label("tag_generic_covid_19_vaccine"));
    }

    @Test
    void unknownCodesFallBackToReadableWords() {
        assertFalse(TagLabels.isKnown("tag_generic_sore_throat"));
        assertEquals("Sore throat", TagLabels.label("tag_generic_sore_throat"));
        assertEquals("Ear plugs", TagLabels.label("tag_sleep_ear_plugs"));
        assertEquals("Sleep mask", TagLabels.label("tag_sleep_sleep_mask"));
        assertEquals("PMS", TagLabels.label("tag_generic_pms"));
        assertEquals("Workout", TagLabels.label("workout"));
        assertEquals("Something new", TagLabels.label("tag_somethingNew"));
        assertEquals("", TagLabels.label(null));
        assertEquals("", TagLabels.label("  "));
    }

    @Test
    void aDocumentsNamesEachOnceInItsOrder() {
        Tag tag = new Tag("t", LocalDate.of(2024, 3, 1), null,
                List.of("tag_sleep_alcohol", "tag_generic_jetlag", "tag_sleep_jet_lag", ""), "text");
        assertEquals(List.of("Alcohol", "Jet lag"), TagLabels.labels(tag));
        assertEquals(List.of(), TagLabels.labels(new Tag("t", LocalDate.of(2024, 3, 1), null, List.of(), "only text")));
        OffsetDateTime evening = OffsetDateTime.parse("2024-03-01T23:30:00+07:00");
        EnhancedTag sauna = new EnhancedTag("e", null, null, "custom", evening, null, "", " Sauna ");
        assertEquals(List.of("Sauna"), TagLabels.labels(sauna));
        assertEquals(LocalDate.of(2024, 3, 1), sauna.day(), "no start_day: the date as recorded, not in UTC");
        EnhancedTag comment = new EnhancedTag("e", LocalDate.of(2024, 3, 2), null, null, evening, null, "hi", null);
        assertEquals(List.of(), TagLabels.labels(comment));
        assertEquals(LocalDate.of(2024, 3, 2), comment.day());
    }

    @Test
    void enhancedTagsUseTheCustomNameAndShowNothingForCommentOnly() {
        assertEquals("Ice bath", TagLabels.enhancedLabel("custom", " Ice bath "));
        assertEquals("Custom tag", TagLabels.enhancedLabel("custom", null));
        assertEquals("", TagLabels.enhancedLabel(null, "ignored"));
        assertEquals("Fasting", TagLabels.enhancedLabel("tag_generic_fasting", null));
    }

    /** Every code in the real samples reads as words: no prefix, no underscores. */
    @Test
    void everyCodeInTheSamplesReadsAsWords() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> codes = new ArrayList<>();
        JsonNode enhanced = json.readTree(TestFiles.samples(
                "api-recordings/history/enhanced_tag_2023-08-30_to_2024-11-09.json").toFile()).path("data");
        enhanced.forEach(t -> codes.add(t.path("tag_type_code").asText()));
        json.readTree(TestFiles.samples("open-humans-notebook/oura-v2-tag.json").toFile())
                .forEach(t -> t.path("tags").forEach(c -> codes.add(c.asText())));
        json.readTree(TestFiles.samples("api-recordings/history/rest_mode_period_2020-12-25_to_2024-10-19.json")
                .toFile()).path("data").forEach(p -> p.path("episodes")
                .forEach(e -> e.path("tags").forEach(c -> codes.add(c.asText()))));
        assertTrue(codes.size() > 25, "codes found: " + codes.size());
        for (String code : codes) {
            String label = TagLabels.label(code);
            assertFalse(label.contains("_") || label.toLowerCase().startsWith("tag"), code + " -> " + label);
            assertTrue(Character.isUpperCase(label.charAt(0)), code + " -> " + label);
        }
    }
}
