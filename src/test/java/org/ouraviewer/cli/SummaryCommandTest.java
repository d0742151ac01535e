package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.io.AppVersion;

/** {@code summary PATH... [--json]} as CLI.md defines it. */
class SummaryCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedShape() {
        String folder = TestFiles.samples("open-humans-notebook").toString();
        CliRun run = CliRun.of("summary", folder, "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode json = run.json();
        assertEquals(List.of("files", "records", "first_day", "last_day"), CliRun.fieldNames(json));
        assertEquals(7, json.get("files").size());
        for (JsonNode f : json.get("files")) {
            assertEquals(List.of("path", "format", "kind", "kinds", "records", "skipped", "warning", "error"),
                    CliRun.fieldNames(f));
            assertEquals("json", f.get("format").asText());
            assertEquals(0, f.get("skipped").asInt());
            assertTrue(f.get("warning").isNull());
            assertTrue(f.get("error").isNull());
            assertTrue(f.get("records").isInt());
        }
        JsonNode sleep = json.get("files").get(4);
        assertEquals(folder + "/oura-v2-sleep.json", sleep.get("path").asText());
        assertEquals("sleep", sleep.get("kind").asText());
        assertEquals(1, sleep.get("records").asInt());
        assertEquals(1, sleep.get("kinds").get("sleep").asInt());
        assertEquals(1, sleep.get("kinds").size());
        JsonNode records = json.get("records");
        assertEquals(1, records.get("sleep").asInt());
        assertEquals(1, records.get("daily_sleep").asInt());
        assertEquals(10, records.get("heartrate").asInt());
        assertEquals(4, records.get("tag").asInt());
        assertEquals(5, records.get("workout").asInt());
        assertFalse(records.has("session"), "kinds without records are left out");
        assertEquals("2022-12-01", json.get("first_day").asText());
        assertEquals("2022-12-01", json.get("last_day").asText());
    }

    @Test
    void aBrokenFileIsListedWithItsErrorAndExitsOne() throws IOException {
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"), dir.resolve("oura-v2-daily_sleep.json"));
        Files.writeString(dir.resolve("broken.json"), "[\n  {\"day\": \"2022-12-01\",\n   \"score\": ");
        CliRun run = CliRun.of("summary", dir.toString(), "--json");
        assertEquals(1, run.exitCode());
        JsonNode broken = run.json().get("files").get(0);
        assertEquals(dir.resolve("broken.json").toString(), broken.get("path").asText());
        assertTrue(broken.get("kind").isNull());
        assertEquals(0, broken.get("records").asInt());
        assertTrue(broken.get("error").asText().startsWith("line 3, column "), broken.get("error").asText());
        assertEquals(1, run.json().get("records").get("daily_sleep").asInt());
        // stderr: one sentence naming the file, no stack trace
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(dir.resolve("broken.json") + ": line 3"), run.err());
    }

    @Test
    void anImpossibleValueKeepsItsNightAndIsCountedInTheWarning() throws IOException {
        Files.writeString(dir.resolve("oura-v2-sleep.json"), "[{\"day\":\"2022-12-01\",\"type\":\"long_sleep\","
                + "\"bedtime_start\":\"2022-12-01T00:43:00+00:00\",\"bedtime_end\":\"2022-12-01T08:51:00+00:00\","
                + "\"efficiency\":-19,\"average_hrv\":100000}]");
        CliRun run = CliRun.of("summary", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode f = run.json().get("files").get(0);
        assertEquals(1, f.get("records").asInt());
        assertEquals(0, f.get("skipped").asInt());
        assertEquals("2 impossible values left out, the first in record 1 at line 1, column 2: average_hrv 100000 is "
                + "out of range (0 to 500)", f.get("warning").asText());
        assertTrue(f.get("error").isNull());
        assertEquals(1, run.json().get("records").get("sleep").asInt());
        CliRun text = CliRun.of("summary", dir.toString());
        assertTrue(text.out().contains("oura-v2-sleep.json: json, sleep, 1 record (2 impossible values left out, "),
                text.out());
    }

    @Test
    void nothingFoundGivesNullDays() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not read");
        CliRun run = CliRun.of("summary", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(0, json.get("files").size());
        assertEquals(0, json.get("records").size());
        assertTrue(json.get("first_day").isNull());
        assertTrue(json.get("last_day").isNull());
    }

    @Test
    void zipEntriesAreNamedInsideTheArchive() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("data/oura-v2-tag.json"));
            out.write(Files.readAllBytes(TestFiles.samples("open-humans-notebook/oura-v2-tag.json")));
            out.closeEntry();
        }
        JsonNode f = CliRun.of("summary", zip.toString(), "--json").json().get("files").get(0);
        assertEquals(zip + "!/data/oura-v2-tag.json", f.get("path").asText());
        assertEquals("tag", f.get("kind").asText());
    }

    @Test
    void textModeSaysWhatWasFound() {
        CliRun run = CliRun.of("summary", TestFiles.samples("open-humans-notebook").toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("7 files read, all readable.\n"), run.out());
        assertTrue(run.out().contains("oura-v2-sleep.json: json, sleep, 1 record\n"), run.out());
        assertTrue(run.out().contains("oura-v2-heartrate.json: json, heartrate, 10 records\n"), run.out());
        assertTrue(run.out().contains("Days: 2022-12-01 to 2022-12-01 (1 day with data)"), run.out());
    }

    @Test
    void v1FilesAreKindV1AndTheirRecordsCountUnderTheV2Kinds() throws IOException {
        for (String name : List.of("v1-activity-2019.json", "v1-cloud-export.json", "v1-readiness-2019.json")) {
            Files.copy(TestFiles.samples("hand-made/" + name), dir.resolve(name));
        }
        CliRun run = CliRun.of("summary", dir.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        List<String> files = new java.util.ArrayList<>();
        for (JsonNode f : json.get("files")) {
            files.add(f.get("kind").asText() + " " + f.get("records").asInt() + " " + f.get("skipped").asInt()
                    + " " + f.get("kinds"));
        }
        assertEquals(List.of("v1 3 0 {\"v1\":3}", "v1 5 0 {\"v1\":5}", "v1 2 0 {\"v1\":2}"), files);
        // activity days 03-01..03-03 (the export repeats two), one night and its score, readiness 03-02 and 03-03
        assertEquals("{\"daily_activity\":3,\"daily_readiness\":2,\"daily_sleep\":1,\"sleep\":1}",
                json.get("records").toString());
        assertEquals("2019-03-01", json.get("first_day").asText());
        assertEquals("2019-03-03", json.get("last_day").asText());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun noPath = CliRun.of("summary");
        assertEquals(2, noPath.exitCode());
        assertTrue(noPath.err().contains("at least one file"), noPath.err());
        assertEquals("", noPath.out());
        CliRun unknown = CliRun.of("summary", "x", "--jsn");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown option --jsn"), unknown.err());
        assertEquals(2, CliRun.of("sumary", "x").exitCode());
    }

    @Test
    void aMissingFileExitsOne() {
        CliRun run = CliRun.of("summary", dir.resolve("nothing-here.json").toString(), "--json");
        assertEquals(1, run.exitCode());
        assertEquals("no such file or folder", run.json().get("files").get(0).get("error").asText());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("oura-viewer summary PATH... [--json]"));
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertEquals("oura-viewer " + AppVersion.current() + System.lineSeparator(), version.out());
    }
}
