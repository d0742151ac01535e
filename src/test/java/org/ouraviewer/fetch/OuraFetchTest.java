package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ouraviewer.work.ManualScheduler;
import org.ouraviewer.work.TestThreads;

/** Fetching from Oura's API v2, against a real HTTP server on 127.0.0.1. */
class OuraFetchTest {
    static final String SLEEP = "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json";
    static final String DAILY_SLEEP = "api-recordings/history/daily_sleep_2018-10-10_to_2024-11-12.json";
    static final String HEARTRATE = "api-recordings/heartrate__multiple_default_window.json";
    static final String WORKOUT = "api-recordings/workout__multiple.json";

    @TempDir
    Path dir;
    FakeOuraServer server;
    /** The waits announced (Retry-After or back-off), each once. */
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    /** The sleeps that make them: one second at a time, for the countdown. */
    final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
    final FetchProgress recorder = new FetchProgress() {
        @Override
        public void waiting(String why, Duration delay) {
            waits.add(delay);
        }
    };

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeOuraServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    FetchRequest request(String token, LocalDate start, LocalDate end) {
        return new FetchRequest(FetchSource.OURA, server.base(), token, new DateRange(start, end),
                ZoneOffset.ofHours(2), new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofSeconds(10), slept::add, TestThreads.SHARED.scheduler()));
    }

    FetchResult fetch(LocalDate start, LocalDate end) throws IOException {
        return Fetch.run(request(FakeOuraServer.TOKEN, start, end), dir, recorder, () -> false);
    }

    List<JsonNode> saved(String route) throws IOException {
        JsonNode root = FakeOuraServer.MAPPER.readTree(dir.resolve("oura-v2-" + route + ".json").toFile());
        assertTrue(root.isArray(), "saved as an array");
        List<JsonNode> docs = new ArrayList<>();
        root.forEach(docs::add);
        return docs;
    }

    /** The deadlines of the test that times one; moved on by hand. */
    final ManualScheduler deadlines = new ManualScheduler();

    @Test
    void followsNextTokenUntilItIsNullWithTheTokenOnlyInTheHeader() throws IOException {
        server.putRecording("sleep", SLEEP).pageSize(10);
        FetchResult result = fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));

        List<FakeOuraServer.Seen> pages = server.requests("sleep");
        assertEquals(5, pages.size());
        assertEquals(List.of("10", "20", "30", "40"), pages.stream().skip(1).map(s -> s.query().get("next_token")).toList());
        assertEquals(48, saved("sleep").size());
        List<String> lines = Files.readAllLines(dir.resolve("oura-v2-sleep.json"));
        assertEquals(50, lines.size(), "one document a line between the brackets");
        assertEquals("[", lines.get(0));
        assertEquals("]", lines.get(49));
        assertTrue(lines.subList(1, 49).stream().allMatch(l -> l.startsWith("{\"id\":")), lines.get(2));
        assertEquals(48, result.saved().stream().filter(f -> f.name().equals("sleep")).findFirst().orElseThrow().added());
        for (FakeOuraServer.Seen s : server.requests()) {
            assertEquals("Bearer " + FakeOuraServer.TOKEN, s.authorization());
            assertFalse(s.rawQuery().contains(FakeOuraServer.TOKEN));
        }
        assertEquals(OuraRoutes.FETCHED.size(), server.requests().stream().map(FakeOuraServer.Seen::route).distinct().count());
    }

    @Test
    void asksOneDayWiderOnEachSideAndKeepsExactlyTheDaysAsked() throws IOException {
        server.putRecording("daily_sleep", DAILY_SLEEP).ignoreRange();
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2020, 1, 31);
        fetch(start, end);

        FakeOuraServer.Seen asked = server.requests("daily_sleep").get(0);
        assertEquals("2019-12-31", asked.query().get("start_date"));
        assertEquals("2020-02-01", asked.query().get("end_date"));
        Set<String> expected = FakeOuraServer.recording(DAILY_SLEEP).stream().map(d -> d.get("day").asText())
                .filter(d -> !LocalDate.parse(d).isBefore(start) && !LocalDate.parse(d).isAfter(end))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expected.size() > 20, "the recording has most days of January 2020");
        assertEquals(expected, saved("daily_sleep").stream().map(d -> d.get("day").asText())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(expected.size(), saved("daily_sleep").size());
    }

    @Test
    void asksHeartRateInWindowsOfAtMost30DaysWithEncodedOffsets() throws IOException {
        server.putRecording("heartrate", HEARTRATE).pageSize(200);
        fetch(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31));

        List<FakeOuraServer.Seen> windows = server.requests("heartrate").stream()
                .filter(s -> !s.query().containsKey("next_token")).toList();
        assertEquals(5, server.requests("heartrate").size() - windows.size(), "1,101 rows in pages of 200");
        assertEquals(3, windows.size(), "63 days asked (61 and one on each side): 30 + 30 + 3");
        OffsetDateTime expectedStart = OffsetDateTime.parse("2024-10-31T00:00:00+02:00");
        for (FakeOuraServer.Seen w : windows) {
            assertTrue(w.rawQuery().contains("%2B02%3A00"), w.rawQuery());
            OffsetDateTime from = OffsetDateTime.parse(w.query().get("start_datetime"));
            OffsetDateTime to = OffsetDateTime.parse(w.query().get("end_datetime"));
            assertEquals(expectedStart.toInstant(), from.toInstant());
            assertTrue(Duration.between(from, to).compareTo(Duration.ofDays(30)) <= 0);
            expectedStart = to;
        }
        assertEquals(OffsetDateTime.parse("2025-01-02T00:00:00+02:00").toInstant(), expectedStart.toInstant());
        long distinctRows = FakeOuraServer.recording(HEARTRATE).stream()
                .map(r -> r.get("timestamp").asText() + r.get("source").asText() + r.get("bpm").asInt()).distinct().count();
        assertEquals(distinctRows, saved("heartrate").size());
    }

    @Test
    void waitsAsRetryAfterSaysWhenRateLimited() throws IOException {
        server.putRecording("workout", WORKOUT).answerOnce("workout", 429, Map.of("Retry-After", "7"));
        fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(Collections.nCopies(7, Duration.ofSeconds(1)), slept, "a countdown of seconds");
        assertEquals(83, saved("workout").size());
    }

    @Test
    void aRateLimitThatDoesNotEndSaysToWaitAFewMinutes() {
        server.answerAlways("daily_sleep", 429);
        FetchException e = assertThrows(FetchException.class, () -> fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)));
        assertEquals(FetchException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("limiting the rate") && e.getMessage().contains("wait a few minutes"), e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
    }

    @Test
    void retriesServerErrorsWithGrowingWaits() throws IOException {
        server.putRecording("workout", WORKOUT).answerOnce("workout", 503, Map.of())
                .answerOnce("workout", 503, Map.of()).answerOnce("sleep", 429, Map.of());
        fetch(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2)), waits,
                "sleep's 429 without Retry-After, then workout's two 503s");
        assertEquals(83, saved("workout").size());
    }

    @Test
    void aRequestPastItsDeadlineIsReportedAtOnceAndNotRepeated() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        server.putRecording("workout", WORKOUT).onRequest(route -> {
            if (route.equals("workout")) {
                reached.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS); // held until the test ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        byte[] before = writeOld("workout", "[{\"id\":\"old\",\"day\":\"2020-01-01\"}]");
        FetchRequest quick = request(FakeOuraServer.TOKEN, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(2), slept::add,
                        deadlines));
        FutureTask<FetchResult> running = new FutureTask<>(() -> Fetch.run(quick, dir, recorder, () -> false));
        Thread thread = new Thread(running, "oura-fetch-test");
        thread.setDaemon(true);
        thread.start();
        try {
            assertTrue(reached.await(30, TimeUnit.SECONDS), "the request reached the server");
            deadlines.advance(Duration.ofSeconds(2)); // the deadline passes, without waiting for it
            ExecutionException failed = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
            FetchException e = assertInstanceOf(FetchException.class, failed.getCause());
            assertEquals(FetchException.Reason.FAILED, e.reason());
            assertTrue(e.getMessage().contains("did not answer within 2 s"), e.getMessage());
        } finally {
            release.countDown();
        }
        assertEquals(1, server.requests("workout").size(), "not repeated: the deadline bounds the whole fetch");
        assertTrue(waits.isEmpty());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-workout.json")));
    }

    @Test
    void givesUpAfterTheRetriesWithoutTouchingTheKindsFile() throws IOException {
        server.putRecording("daily_sleep", DAILY_SLEEP).answerAlways("sleep", 503);
        byte[] before = writeOld("sleep", "[{\"id\":\"old\",\"day\":\"2020-01-01\",\"bedtime_start\":\"x\"}]");
        FetchException e = assertThrows(FetchException.class, () -> fetch(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        assertEquals(FetchException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("try again later"), e.getMessage());
        assertEquals(4, server.requests("sleep").size(), "one try and three retries");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-sleep.json")));
        assertEquals(27, saved("daily_sleep").size(), "the kinds before the failure are saved");
        assertNoTemporaryFiles();
    }

    @Test
    void aRefusedTokenEndsTheFetchAndLeavesEveryFileAsItWas() throws IOException {
        server.putRecording("daily_sleep", DAILY_SLEEP);
        byte[] before = writeOld("daily_sleep", "[{\"id\":\"a\",\"day\":\"2020-01-01\"}]");
        FetchException e = assertThrows(FetchException.class, () -> Fetch.run(request("expired-token-1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 31)), dir, FetchProgress.NONE, () -> false));
        assertEquals(FetchException.Reason.REFUSED, e.reason());
        assertTrue(e.getMessage().contains("expired") && e.getMessage().contains("new access token"), e.getMessage());
        assertFalse(e.getMessage().contains("expired-token-1"));
        assertEquals(1, server.requests().size(), "a refusal is not retried, and ends the fetch");
        assertTrue(waits.isEmpty());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-daily_sleep.json")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("oura-v2-daily_sleep.json"), files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(FolderStore.LOCK_NAME)).toList());
        }
    }

    @ParameterizedTest
    @CsvSource({"403, scope", "426, Update the Oura app"})
    void refusalsSayWhatToDo(int status, String advice) {
        server.answerAlways("daily_sleep", status);
        FetchException e = assertThrows(FetchException.class, () -> fetch(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));
        assertEquals(FetchException.Reason.REFUSED, e.reason());
        assertTrue(e.getMessage().contains(advice), e.getMessage());
    }

    @Test
    void skipsARouteTheServerDoesNotHave() throws IOException {
        server.putRecording("workout", WORKOUT).answerAlways("session", 404);
        List<String> skippedNotes = new ArrayList<>();
        FetchResult result = Fetch.run(request(FakeOuraServer.TOKEN, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30)),
                dir, new FetchProgress() {
                    @Override
                    public void skipped(String name, String why) {
                        skippedNotes.add(name + ": " + why);
                    }
                }, () -> false);
        assertEquals(List.of("session (not offered by this server)"), result.skipped());
        assertTrue(skippedNotes.contains("session: not offered by this server"));
        assertFalse(Files.exists(dir.resolve("oura-v2-session.json")));
        assertEquals(83, saved("workout").size());
        assertTrue(server.requests("heartrate").size() > 0, "the fetch went on after the 404");
    }

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

    byte[] writeOld(String route, String json) throws IOException {
        Path file = dir.resolve("oura-v2-" + route + ".json");
        Files.writeString(file, json);
        return Files.readAllBytes(file);
    }

    void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(FolderStore.LOCK_NAME)).toList();
            assertTrue(names.stream().allMatch(n -> n.startsWith("oura-v2-") && n.endsWith(".json")), names.toString());
        }
    }
}
