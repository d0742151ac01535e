package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.metrics.Fixture;

/** {@code night DAY PATH... [--json]} as CLI.md defines it. */
class NightCommandTest {
    private static final List<String> PERIOD_FIELDS = List.of("type", "start", "end", "time_in_bed_s", "total_sleep_s",
            "deep_s", "light_s", "rem_s", "awake_s", "latency_s", "efficiency", "avg_hr", "lowest_hr", "avg_hrv",
            "avg_breath", "hr_samples", "hrv_samples", "phases");

    @TempDir
    Path dir;

    @Test
    void theNotebookNightAsTheDocumentShowsIt() {
        CliRun run = CliRun.of("night", "2022-12-01", TestFiles.samples("open-humans-notebook").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("day", "sleep_score", "readiness_score", "periods"), CliRun.fieldNames(json));
        assertEquals("2022-12-01", json.get("day").asText());
        assertEquals(75, json.get("sleep_score").intValue());
        assertEquals(86, json.get("readiness_score").intValue());
        assertEquals(1, json.get("periods").size());
        JsonNode p = json.get("periods").get(0);
        assertEquals(PERIOD_FIELDS, CliRun.fieldNames(p));
        assertEquals("long_sleep", p.get("type").asText());
        assertEquals("2022-12-01T00:43:00+00:00", p.get("start").asText());
        assertEquals("2022-12-01T08:51:00+00:00", p.get("end").asText());
        int[] expected = {29280, 24210, 4770, 12510, 6930, 5070, 180, 83};
        for (int i = 0; i < expected.length; i++) {
            JsonNode v = p.get(PERIOD_FIELDS.get(3 + i));
            assertTrue(v.isIntegralNumber(), PERIOD_FIELDS.get(3 + i));
            assertEquals(expected[i], v.intValue(), PERIOD_FIELDS.get(3 + i));
        }
        assertEquals(61.125, p.get("avg_hr").doubleValue());
        assertEquals(53, p.get("lowest_hr").intValue());
        assertTrue(p.get("avg_hrv").isIntegralNumber(), "48, as the record writes it");
        assertEquals(48, p.get("avg_hrv").intValue());
        assertEquals(14.5, p.get("avg_breath").doubleValue());
        assertEquals(95, p.get("hr_samples").intValue());
        assertEquals(95, p.get("hrv_samples").intValue());
        assertTrue(p.get("phases").asText().startsWith("42244244412222111111"));
        assertEquals(98, p.get("phases").asText().length());
    }

    /** The record's averages and the samples behind the counts as written: 60.9, not 60.90000153 (issue 17). */
    @Test
    void averagesComeOutAsWritten() {
        Fixture f = new Fixture(dir);
        f.period("2024-03-01", "long_sleep", "2024-03-01T00:00:00+01:00", "2024-03-01T00:10:00+01:00",
                ",\"average_heart_rate\":60.9,\"lowest_heart_rate\":55,\"average_hrv\":40.55,"
                        + "\"average_breath\":14.625"
                        + Fixture.series("heart_rate", "2024-03-01T00:00:00.000+01:00", 60.9, null));
        CliRun run = CliRun.of("night", "2024-03-01", f.write().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode p = run.json().get("periods").get(0);
        assertEquals("60.9", p.get("avg_hr").asText());
        assertEquals("40.55", p.get("avg_hrv").asText());
        assertEquals("14.625", p.get("avg_breath").asText());
        assertEquals(1, p.get("hr_samples").intValue());
        assertEquals(-1, run.out().indexOf("0000"), run.out());
        CliRun text = CliRun.of("night", "2024-03-01", f.write().toString());
        assertTrue(text.out().contains("heart rate avg 60.9 lowest 55 bpm, HRV 40.6 ms, breathing 14.6/min"),
                text.out());
    }

    private Path nightFiles() throws IOException {
        Files.writeString(dir.resolve("oura-v2-sleep.json"), """
                [{"id":"night","day":"2024-03-31","type":"long_sleep","bedtime_start":"2024-03-30T23:30:00+01:00",
                  "bedtime_end":"2024-03-31T07:30:00+02:00","time_in_bed":25200,"total_sleep_duration":null,
                  "sleep_phase_5_min":"4221"},
                 {"id":"nap","day":"2024-03-31","type":"sleep","bedtime_start":"2024-03-31T14:00:00+02:00",
                  "bedtime_end":"2024-03-31T14:20:00+02:00","heart_rate":null,
                  "hrv":{"interval":300.0,"items":[null,null,null,null],"timestamp":"2024-03-31T14:00:00.000+02:00"}},
                 {"id":"late","day":"2024-03-31","type":"late_nap","bedtime_start":"2024-03-30T19:00:00+01:00",
                  "bedtime_end":"2024-03-30T19:40:00+01:00"}]
                """);
        return dir;
    }

    @Test
    void everyPeriodOfTheDayInStartOrderWithNullsForWhatIsMissing() throws IOException {
        CliRun run = CliRun.of("night", "2024-03-31", nightFiles().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("sleep_score").isNull());
        assertTrue(json.get("readiness_score").isNull());
        JsonNode periods = json.get("periods");
        assertEquals(List.of("late_nap", "long_sleep", "sleep"), List.of(periods.get(0).get("type").asText(),
                periods.get(1).get("type").asText(), periods.get(2).get("type").asText()));
        JsonNode night = periods.get(1);
        assertEquals(PERIOD_FIELDS, CliRun.fieldNames(night));
        // the offsets as recorded, across the change to summer time
        assertEquals("2024-03-30T23:30:00+01:00", night.get("start").asText());
        assertEquals("2024-03-31T07:30:00+02:00", night.get("end").asText());
        assertEquals(25200, night.get("time_in_bed_s").intValue());
        assertTrue(night.get("total_sleep_s").isNull());
        assertTrue(night.get("avg_hr").isNull());
        assertEquals(0, night.get("hr_samples").intValue());
        JsonNode nap = periods.get(2);
        assertEquals(0, nap.get("hrv_samples").intValue(), "all-null HRV has no samples");
        assertTrue(nap.get("phases").isNull());
    }

    @Test
    void textModeShowsTheRecordedClockAndBothOffsets() throws IOException {
        CliRun run = CliRun.of("night", "2024-03-31", nightFiles().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("2024-03-31: sleep score -, readiness -"), run.out());
        assertTrue(run.out().contains("Long sleep, 23:30 to 07:30 (UTC+01:00 to +02:00)"), run.out());
        assertTrue(run.out().contains("Late nap, 19:00 to 19:40 (UTC+01:00)"), run.out());
        assertTrue(run.out().contains("in bed 7:00"), run.out());
    }

    @Test
    void aDayWithoutSleepExitsOneAndNamesTheNearestNights() throws IOException {
        CliRun run = CliRun.of("night", "2024-04-02", nightFiles().toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("No sleep data for 2024-04-02 in the files given (nights nearby: 2024-03-31).\n",
                run.err().replace("\r\n", "\n"));
    }

    @Test
    void usageErrorsExitTwo() {
        String folder = TestFiles.samples("open-humans-notebook").toString();
        CliRun badDay = CliRun.of("night", "2022-13-01", folder);
        assertEquals(2, badDay.exitCode());
        assertTrue(badDay.err().contains("DAY must be a day written YYYY-MM-DD, not \"2022-13-01\""), badDay.err());
        assertEquals(2, CliRun.of("night", "yesterday", folder).exitCode());
        CliRun noPath = CliRun.of("night", "2022-12-01");
        assertEquals(2, noPath.exitCode());
        assertTrue(noPath.err().contains("at least one file"), noPath.err());
        assertEquals(2, CliRun.of("night").exitCode());
        assertEquals(2, CliRun.of("night", "2022-12-01", folder, "--out", "x").exitCode());
    }

    @Test
    void aMissingFileExitsOneButTheNightIsStillShown() {
        String folder = TestFiles.samples("open-humans-notebook").toString();
        CliRun run = CliRun.of("night", "2022-12-01", folder, dir.resolve("gone.json").toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals(24210, run.json().get("periods").get(0).get("total_sleep_s").intValue());
        assertEquals(dir.resolve("gone.json") + ": no such file or folder\n", run.err().replace("\r\n", "\n"));
    }
}
