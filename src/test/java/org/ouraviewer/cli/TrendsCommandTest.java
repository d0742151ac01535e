package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;

/** {@code trends PATH... [--metric M]... [--from DAY] [--to DAY] [--window N] [--json]} as CLI.md defines it. */
class TrendsCommandTest {
    @TempDir
    Path dir;

    /** Sleep scores on 2024-01-01 (a Monday) and 01-02, then 2024-02-01; temperatures 0.1 and 0.2. */
    private String files() {
        return new Fixture(dir).dailySleep("2024-01-01", 74).dailySleep("2024-01-02", 75)
                .dailySleep("2024-02-01", 80).readiness("2024-01-01", 70, 0.1).readiness("2024-01-02", 71, 0.2)
                .write().toString();
    }

    @Test
    void theShapeOfCliMd() {
        CliRun run = CliRun.of("trends", files(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("metrics"), CliRun.fieldNames(json));
        JsonNode m = json.get("metrics").get(0);
        assertEquals(List.of("metric", "window", "from", "to", "days", "weeks", "months"), CliRun.fieldNames(m));
        assertEquals("sleep_score", m.get("metric").asText(), "the default metric");
        assertEquals(7, m.get("window").intValue());
        assertEquals("2024-01-01", m.get("from").asText(), "the metric's first day");
        assertEquals("2024-02-01", m.get("to").asText());
        assertEquals(32, m.get("days").size(), "every calendar day");
        JsonNode day = m.get("days").get(1);
        assertEquals(List.of("day", "value", "rolling"), CliRun.fieldNames(day));
        assertEquals("2024-01-02", day.get("day").asText());
        assertEquals(75, day.get("value").intValue());
        assertTrue(day.get("value").isIntegralNumber());
        assertTrue(m.get("days").get(0).get("rolling").isNull(), "1 of 7 days");
        assertTrue(m.get("days").get(2).get("value").isNull(), "no score: null, never 0");
        JsonNode week = m.get("weeks").get(0);
        assertEquals(List.of("week", "mean", "n"), CliRun.fieldNames(week));
        assertEquals("2024-W01", week.get("week").asText());
        assertEquals(2, week.get("n").intValue());
        assertTrue(run.out().contains("\"mean\" : 74.5,"), "74.5 exactly: " + run.out());
        assertEquals(List.of("2024-W01", "2024-W05"), List.of(m.get("weeks").get(0).get("week").asText(),
                m.get("weeks").get(1).get("week").asText()), "weeks without values left out");
        assertEquals(2, m.get("weeks").size());
        JsonNode month = m.get("months").get(1);
        assertEquals(List.of("month", "mean", "n"), CliRun.fieldNames(month));
        assertEquals("2024-02", month.get("month").asText());
        assertEquals(80, month.get("mean").intValue());
    }

    @Test
    void severalMetricsARangeAndAWindow() {
        CliRun run = CliRun.of("trends", files(), "--metric", "temperature_deviation", "--metric", "sleep_score",
                "--from", "2024-01-02", "--to", "2024-01-03", "--window", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode metrics = run.json().get("metrics");
        assertEquals(2, metrics.size());
        JsonNode temperature = metrics.get(0);
        assertEquals("temperature_deviation", temperature.get("metric").asText());
        assertEquals("2024-01-02", temperature.get("from").asText());
        assertEquals(2, temperature.get("days").size());
        // the window reaches back before --from: 0.1 and 0.2, printed without floating-point noise
        assertTrue(run.out().contains("\"rolling\" : 0.15\n"), run.out());
        assertEquals(0.2, temperature.get("days").get(1).get("rolling").doubleValue(), "1 of 2 days is enough");
        assertEquals(75, metrics.get(1).get("days").get(0).get("value").intValue());
    }

    @Test
    void aMetricWithoutValuesIsEmptyAndExitsOne() {
        CliRun run = CliRun.of("trends", files(), "--metric", "spo2", "--json");
        assertEquals(1, run.exitCode());
        JsonNode m = run.json().get("metrics").get(0);
        assertTrue(m.get("from").isNull());
        assertEquals(0, m.get("days").size());
        assertEquals("No spo2 values in the files given.\n", run.err().replace("\r\n", "\n"));
        CliRun mixed = CliRun.of("trends", files(), "--metric", "spo2", "--metric", "sleep_score", "--json");
        assertEquals(0, mixed.exitCode(), "the other metric has values");
    }

    @Test
    void textIsATableOfTheMonths() {
        CliRun run = CliRun.of("trends", files(), "--metric", "sleep_score");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Sleep score, 2024-01-01 to 2024-02-01: 3 of 32 days with a value"), run.out());
        assertTrue(run.out().contains("2024-01          74.5     2"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        String folder = files();
        CliRun unknown = CliRun.of("trends", folder, "--metric", "sleep");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown metric \"sleep\"; the metrics are sleep_score, readiness_score"),
                unknown.err());
        assertEquals(2, CliRun.of("trends", folder, "--window", "0").exitCode());
        assertEquals(2, CliRun.of("trends", folder, "--window", "seven").exitCode());
        assertEquals(2, CliRun.of("trends", folder, "--window").exitCode());
        assertEquals(2, CliRun.of("trends", folder, "--from", "2024-02-01", "--to", "2024-01-01").exitCode());
        assertEquals(2, CliRun.of("trends", folder, "--from", "January").exitCode());
        assertEquals(2, CliRun.of("trends", "--json").exitCode());
    }
}
