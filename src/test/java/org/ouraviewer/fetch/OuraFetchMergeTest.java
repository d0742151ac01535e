package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** How fetched records meet the folder's files: merged, and left intact when a fetch fails or is cancelled. */
class OuraFetchMergeTest extends OuraFetchFixture {
    @Test
    void mergesWithTheFolderNewVersionsWinningAndDuplicatesDropped() throws IOException {
        List<JsonNode> sleep = FakeOuraServer.recording(SLEEP);
        server.put("sleep", sleep);
        ObjectNode changed = sleep.get(3).deepCopy();
        changed.put("average_hrv", 999);
        ObjectNode onlyInFolder = sleep.get(0).deepCopy();
        onlyInFolder.put("id", "kept-from-before");
        onlyInFolder.put("day", "2019-05-05");
        List<JsonNode> old = new ArrayList<>(sleep.subList(0, 3));
        old.add(changed);
        old.addAll(sleep.subList(0, 3)); // duplicates inside the old file
        old.add(onlyInFolder);
        Files.writeString(dir.resolve("oura-v2-sleep.json"), FakeOuraServer.MAPPER.writeValueAsString(old));

        FetchResult result = fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        List<JsonNode> merged = saved("sleep");
        assertEquals(49, merged.size());
        assertEquals(49, merged.stream().map(d -> d.get("id").asText()).distinct().count());
        JsonNode third = merged.stream().filter(d -> d.get("id").equals(sleep.get(3).get("id"))).findFirst().orElseThrow();
        assertEquals(sleep.get(3), third, "the downloaded version replaces the old one");
        assertTrue(merged.stream().anyMatch(d -> d.get("id").asText().equals("kept-from-before")));
        SavedFile file = result.saved().stream().filter(f -> f.name().equals("sleep")).findFirst().orElseThrow();
        assertEquals(48, file.received());
        assertEquals(44, file.added(), "4 of the 48 were in the folder already");
        assertEquals(49, file.total());

        FetchResult again = fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        assertEquals(0, again.addedRecords(), "a second fetch adds nothing");
        assertEquals(49, saved("sleep").size());
    }

    @Test
    void mergesHeartRateRowsByTheirNaturalKey() throws IOException {
        List<JsonNode> rows = FakeOuraServer.recording(HEARTRATE);
        server.put("heartrate", rows).pageSize(500);
        List<JsonNode> old = new ArrayList<>(rows.subList(0, 100));
        ObjectNode earlier = rows.get(0).deepCopy();
        earlier.put("timestamp", "2024-12-01T08:00:00+00:00");
        old.add(earlier);
        Files.writeString(dir.resolve("oura-v2-heartrate.json"), FakeOuraServer.MAPPER.writeValueAsString(old));
        fetch(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 20));
        long distinct = rows.stream().map(r -> r.get("timestamp").asText() + r.get("source").asText() + r.get("bpm").asInt())
                .distinct().count();
        assertEquals(distinct + 1, saved("heartrate").size());
    }

    @Test
    void aFailureOnALaterPageLeavesTheOldFileIntact() throws IOException {
        server.putRecording("sleep", SLEEP).pageSize(10).failNextPages("sleep", 500);
        byte[] before = writeOld("sleep", "[{\"id\":\"old\",\"day\":\"2020-01-01\",\"bedtime_start\":\"x\"}]");
        assertThrows(FetchException.class, () -> fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30)));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-sleep.json")));
        assertNoTemporaryFiles();
    }

    @Test
    void cancellingStopsAtOnceAndLeavesTheFilesAlone() throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        server.putRecording("sleep", SLEEP).pageSize(10).onRequest(route -> {
            if (route.equals("sleep")) {
                cancelled.set(true);
            }
        });
        byte[] before = writeOld("sleep", "[{\"id\":\"old\",\"day\":\"2020-01-01\",\"bedtime_start\":\"x\"}]");
        assertThrows(CancellationException.class, () -> Fetch.run(request(FakeOuraServer.TOKEN, LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 11, 30)), dir, FetchProgress.NONE, cancelled::get));
        assertEquals(1, server.requests("sleep").size());
        assertTrue(server.requests("heartrate").isEmpty());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-sleep.json")));
        assertNoTemporaryFiles();
    }

    @Test
    void anUnreadableOldFileIsLeftAloneAndTheOtherKindsAreFetched() throws IOException {
        server.putRecording("workout", WORKOUT).putRecording("sleep", SLEEP);
        byte[] before = writeOld("workout", "[{\"id\": \"broken\", ");
        FetchResult result = fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        assertEquals(1, result.problems().size());
        FetchResult.Problem problem = result.problems().get(0);
        assertEquals("workout", problem.name());
        assertTrue(problem.local());
        assertTrue(problem.sentence().contains("oura-v2-workout.json could not be read"), problem.sentence());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-workout.json")));
        assertTrue(server.requests("workout").isEmpty(), "a kind whose file cannot be merged is not downloaded");
        assertEquals(48, saved("sleep").size(), "the other kinds are fetched");
        assertFalse(server.requests("heartrate").isEmpty());
    }
}
