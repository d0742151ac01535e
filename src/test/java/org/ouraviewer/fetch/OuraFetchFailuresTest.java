package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ouraviewer.work.ManualScheduler;

/** How the fetch meets a server that limits, fails, times out or refuses: its waits, retries and words. */
class OuraFetchFailuresTest extends OuraFetchFixture {
    /** The deadlines of the test that times one; moved on by hand. */
    final ManualScheduler deadlines = new ManualScheduler();

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
}
