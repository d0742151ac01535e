package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.metrics.Fixture;

/** {@code median-night PATH... [--from DAY] [--to DAY] [--tag T] [--json]} as CLI.md defines it. */
class MedianNightCommandTest {
    @TempDir
    Path dir;

    /** Three one-hour nights with heart rate 60/61, 62/63, 70/71 from their bedtimes; Alcohol on the 1st and 3rd. */
    private String files() {
        Fixture f = new Fixture(dir);
        double[][] hr = {{60, 61}, {62, 63}, {70, 71}};
        for (int d = 1; d <= 3; d++) {
            String day = "2024-03-0" + d;
            f.period(day, "long_sleep", day + "T00:00:00+01:00", day + "T01:00:00+01:00",
                    Fixture.series("heart_rate", day + "T00:00:00.000+01:00", hr[d - 1][0], hr[d - 1][1])
                            + Fixture.series("hrv", day + "T00:00:00.000+01:00", 40.0, null)
                            + ",\"sleep_phase_5_min\":\"4" + "2".repeat(d) + "\"");
        }
        return f.tag("2024-03-01", "tag_sleep_alcohol").tag("2024-03-03", "tag_sleep_alcohol").write().toString();
    }

    @Test
    void theShapeOfCliMd() {
        CliRun run = CliRun.of("median-night", files(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("nights", "from", "to", "tag", "bin_s", "offset_s", "hr", "hrv", "phases"),
                CliRun.fieldNames(json));
        assertEquals(3, json.get("nights").intValue());
        assertEquals("2024-03-01", json.get("from").asText(), "the first night's day");
        assertEquals("2024-03-03", json.get("to").asText());
        assertTrue(json.get("tag").isNull());
        assertEquals(300, json.get("bin_s").intValue());
        assertEquals(12, json.get("offset_s").size(), "one hour");
        assertEquals(3300, json.get("offset_s").get(11).intValue());
        JsonNode hr = json.get("hr");
        assertEquals(List.of("median", "p25", "p75", "n"), CliRun.fieldNames(hr));
        assertEquals(62, hr.get("median").get(0).intValue());
        assertEquals(61, hr.get("p25").get(0).intValue());
        assertEquals(66, hr.get("p75").get(0).intValue());
        assertEquals(3, hr.get("n").get(1).intValue());
        assertTrue(hr.get("median").get(2).isNull());
        assertEquals(0, hr.get("n").get(2).intValue());
        assertEquals(3, json.get("hrv").get("n").get(0).intValue());
        assertEquals(0, json.get("hrv").get("n").get(1).intValue(), "null samples are left out");
        JsonNode phases = json.get("phases");
        assertEquals(List.of("deep", "light", "rem", "awake"), CliRun.fieldNames(phases));
        assertEquals(1, phases.get("awake").get(0).intValue());
        assertEquals(1, phases.get("light").get(2).intValue(), "the two nights with a third character");
        assertTrue(phases.get("deep").get(4).isNull());
    }

    /**
     * Issue 17: heart rates of 60.9 printed as 60.90000153, the float they are stored in. Four nights, two bins:
     * 60.8, 60.9, 61.0 and 61.1 in the first, 60.9 in every night in the second.
     */
    @Test
    void heartRatesWithDecimalsComeOutAsWritten() {
        Fixture f = new Fixture(dir);
        double[] first = {60.9, 61.0, 60.8, 61.1};
        for (int d = 1; d <= 4; d++) {
            String day = "2024-03-0" + d;
            f.period(day, "long_sleep", day + "T00:00:00+01:00", day + "T00:10:00+01:00",
                    Fixture.series("heart_rate", day + "T00:00:00.000+01:00", first[d - 1], 60.9)
                            + Fixture.series("hrv", day + "T00:00:00.000+01:00", 40.5, 40.5));
        }
        CliRun run = CliRun.of("median-night", f.write().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode hr = run.json().get("hr");
        assertEquals("60.95", hr.get("median").get(0).asText(), "halfway between 60.9 and 61.0");
        assertEquals("60.875", hr.get("p25").get(0).asText());
        assertEquals("61.025", hr.get("p75").get(0).asText());
        assertEquals("60.9", hr.get("median").get(1).asText());
        assertEquals("60.9", hr.get("p75").get(1).asText());
        assertEquals("40.5", run.json().get("hrv").get("median").get(0).asText());
        assertEquals(-1, run.out().indexOf("0000"), run.out());
    }

    @Test
    void theNightsAfterATagOrInARange() {
        CliRun run = CliRun.of("median-night", files(), "--tag", "alcohol", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.json().get("nights").intValue(), "the 2nd: the 4th has no night");
        assertEquals("Alcohol", run.json().get("tag").asText(), "as the Tags tab names it");
        assertTrue(run.json().get("hr").get("median").get(0).isNull(), "fewer than 3 nights");
        CliRun range = CliRun.of("median-night", files(), "--from", "2024-03-02", "--to", "2024-03-09", "--json");
        assertEquals(0, range.exitCode());
        assertEquals(2, range.json().get("nights").intValue());
        assertEquals("2024-03-09", range.json().get("to").asText(), "the range as given");
    }

    @Test
    void noNightsExitsOneAndSaysWhy() {
        CliRun unknown = CliRun.of("median-night", files(), "--tag", "Sauna", "--json");
        assertEquals(1, unknown.exitCode());
        assertEquals(0, unknown.json().get("nights").intValue());
        assertEquals(0, unknown.json().get("offset_s").size());
        assertEquals("No tag named \"Sauna\" in the files given (tags: Alcohol).\n",
                unknown.err().replace("\r\n", "\n"));
        CliRun empty = CliRun.of("median-night", files(), "--from", "2025-01-01");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().contains("No main sleep (long sleep) in the files given from 2025-01-01 to the end."),
                empty.err());
    }

    @Test
    void textShowsEveryHalfHour() {
        CliRun run = CliRun.of("median-night", files());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 nights from 2024-03-01 to 2024-03-03\n"), run.out());
        assertTrue(run.out().contains("+0:00  62 [61–66] (3)"), run.out());
        assertTrue(run.out().contains("+0:30  - (0)"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        String folder = files();
        assertEquals(2, CliRun.of("median-night", folder, "--from", "2024-03-05", "--to", "2024-03-01").exitCode());
        assertEquals(2, CliRun.of("median-night", folder, "--tag").exitCode());
        assertEquals(2, CliRun.of("median-night", folder, "--metric", "hr").exitCode());
        assertEquals(2, CliRun.of("median-night").exitCode());
    }
}
