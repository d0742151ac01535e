package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;

/** {@code tag-effects PATH... [--metric M] [--lag N] [--json]} as CLI.md defines it. */
class TagEffectsCommandTest {
    @TempDir
    Path dir;

    /** Scores 2024-03-01 … 03-10: 70 80 60 90 75 85 65 70 80 72; Tired on the 3rd and 6th, Alcohol on the 1st and 3rd. */
    private String files() {
        Fixture f = new Fixture(dir);
        int[] scores = {70, 80, 60, 90, 75, 85, 65, 70, 80, 72};
        for (int i = 0; i < scores.length; i++) {
            f.dailySleep("2024-03-" + String.format("%02d", i + 1), scores[i]);
        }
        return f.tag("2024-03-06", "tag_generic_tired").tag("2024-03-03", "tag_generic_tired", "tag_sleep_alcohol")
                .enhancedTag("2024-03-01", "tag_sleep_alcohol", null).enhancedTag("2024-03-05", "custom", "Sauna")
                .write().toString();
    }

    @Test
    void theShapeOfCliMdWithTheTagsByName() {
        CliRun run = CliRun.of("tag-effects", files(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("metric", "lag", "effects"), CliRun.fieldNames(json));
        assertEquals("sleep_score", json.get("metric").asText());
        assertEquals(1, json.get("lag").intValue());
        JsonNode effects = json.get("effects");
        assertEquals(2, effects.size(), "Sauna has one day");
        JsonNode alcohol = effects.get(0);
        assertEquals(List.of("tag", "n_with", "n_without", "mean_with", "mean_without", "difference", "ci95", "few"),
                CliRun.fieldNames(alcohol));
        assertEquals("Alcohol", alcohol.get("tag").asText());
        assertEquals(2, alcohol.get("n_with").intValue());
        assertEquals(8, alcohol.get("n_without").intValue());
        assertEquals(85, alcohol.get("mean_with").intValue());
        assertEquals(72.125, alcohol.get("mean_without").doubleValue());
        assertEquals(12.875, alcohol.get("difference").doubleValue());
        assertEquals(-16.32033241, alcohol.get("ci95").get(0).doubleValue(), "10 significant digits");
        assertEquals(42.07033241, alcohol.get("ci95").get(1).doubleValue());
        assertTrue(alcohol.get("few").booleanValue());
        assertEquals("Tired", effects.get(1).get("tag").asText());
    }

    @Test
    void aLagAndAnotherMetric() {
        CliRun run = CliRun.of("tag-effects", files(), "--lag", "0", "--metric", "sleep_score", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, run.json().get("lag").intValue());
        assertEquals(65, run.json().get("effects").get(0).get("mean_with").intValue(), "the 1st and the 3rd");
        CliRun none = CliRun.of("tag-effects", files(), "--metric", "steps", "--json");
        assertEquals(1, none.exitCode());
        assertEquals(0, none.json().get("effects").size());
        assertEquals("No steps values in the files given.\n", none.err().replace("\r\n", "\n"));
    }

    @Test
    void textPutsTheStrongestFirstAndSaysWhatTheIntervalMeans() {
        CliRun run = CliRun.of("tag-effects", files());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // Alcohol: 12.875 over a half-width of 29.2; Tired: 3.5 over 131.7
        assertTrue(out.indexOf("Alcohol") < out.indexOf("Tired"), out);
        assertTrue(out.contains("[-16.32, 42.07]  few nights"), out);
        assertTrue(out.contains("does not prove the tag causes it"), out);
    }

    @Test
    void usageErrorsExitTwo() {
        String folder = files();
        assertEquals(2, CliRun.of("tag-effects", folder, "--metric", "hrv").exitCode());
        assertEquals(2, CliRun.of("tag-effects", folder, "--metric", "steps", "--metric", "sleep_score").exitCode());
        assertEquals(2, CliRun.of("tag-effects", folder, "--lag", "one").exitCode());
        assertEquals(2, CliRun.of("tag-effects", folder, "--window", "3").exitCode());
    }
}
