package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.work.ManualScheduler;

/**
 * Servers that misbehave: long rate limits, refused connections, a body that drips, a server that never
 * answers. Each is reported at once or within the request's deadline, with what to do, and leaves the
 * folder's files as they were. The deadline runs on a scheduler the test moves on by hand: nothing waits
 * for it.
 */
class FetchTroubleTest {
    static final Duration DEADLINE = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    FakeOuraServer server;
    final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
    final List<Duration> countdown = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch stop = new CountDownLatch(1);
    final ManualScheduler deadlines = new ManualScheduler();
    final FetchProgress recorder = new FetchProgress() {
        @Override
        public void waitingLeft(Duration left) {
            countdown.add(left);
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = new FakeOuraServer();
    }

    @AfterEach
    void close() {
        stop.countDown();
        server.close();
    }

    FetchResult fetch(URI base) throws IOException {
        FetchRequest request = new FetchRequest(FetchSource.OURA, base, FakeOuraServer.TOKEN,
                new DateRange(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)), ZoneOffset.UTC,
                new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8), DEADLINE, slept::add, deadlines));
        return Fetch.run(request, dir, recorder, () -> false);
    }

    @Test
    void aRateLimitLongerThanOurasWindowIsReportedAtOnceWithWhenToTryAgain() {
        server.answerOnce("daily_sleep", 429, Map.of("Retry-After", "99999"));
        FetchException e = assertThrows(FetchException.class, () -> fetch(server.base()));
        assertEquals(FetchException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().matches("Oura is limiting the rate of requests and asks to wait 27 h 47 min;"
                + " fetch again after \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\."), e.getMessage());
        assertTrue(slept.isEmpty(), "no waiting");
        assertEquals(1, server.requests().size());
    }

    @Test
    void aShortRateLimitCountsDownTheSeconds() throws IOException {
        server.answerOnce("daily_sleep", 429, Map.of("Retry-After", "3"));
        fetch(server.base());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(1)), countdown);
        assertEquals(Collections.nCopies(3, Duration.ofSeconds(1)), slept);
    }

    @Test
    void aRefusedConnectionIsReportedAtOnce() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class, () -> fetch(URI.create("http://127.0.0.1:" + closedPort)));
        assertEquals(FetchException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().startsWith("Could not connect to Oura") && e.getMessage().contains("check the network"),
                e.getMessage());
        assertTrue(slept.isEmpty(), "no back-off for a refused connection");
    }

    /**
     * Runs the fetch on a thread of its own; once the request is at the server ({@code reached}), moves the
     * deadlines' clock on by {@link #DEADLINE} and returns how the fetch failed.
     */
    FetchException failureAtTheDeadline(URI base, CountDownLatch reached) throws Exception {
        FutureTask<FetchResult> running = new FutureTask<>(() -> fetch(base));
        Thread thread = new Thread(running, "fetch-trouble-test");
        thread.setDaemon(true);
        thread.start();
        assertTrue(reached.await(30, TimeUnit.SECONDS), "the request reached the server");
        deadlines.advance(DEADLINE);
        ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(FetchException.class, e.getCause());
    }

    @Test
    void aBodyThatDripsIsCutAtTheDeadline() throws Exception {
        byte[] before = old("daily_sleep");
        CountDownLatch dripping = new CountDownLatch(1);
        server.answerWith("daily_sleep", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("{\"data\": [".getBytes());
                out.flush();
                dripping.countDown();
                while (!stop.await(1, TimeUnit.SECONDS)) {
                    out.write(' ');
                    out.flush();
                }
            } catch (InterruptedException | IOException e) {
                // the client went away
            }
        });
        FetchException e = failureAtTheDeadline(server.base(), dripping);
        assertTrue(e.getMessage().equals("Oura did not answer within 2 s; check the network connection, then fetch again."),
                e.getMessage());
        assertEquals(1, server.requests("daily_sleep").size(), "not repeated");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("oura-v2-daily_sleep.json")));
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsReportedAtTheDeadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CountDownLatch accepted = new CountDownLatch(1);
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept()); // read nothing, answer nothing
                        accepted.countDown();
                    }
                } catch (IOException closed) {
                    held.forEach(s -> {
                        try {
                            s.close();
                        } catch (IOException ignored) {
                            // closing anyway
                        }
                    });
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            FetchException e = failureAtTheDeadline(URI.create("http://127.0.0.1:" + silent.getLocalPort()), accepted);
            assertTrue(e.getMessage().startsWith("Oura did not answer within 2 s"), e.getMessage());
        }
    }

    @Test
    void leftoversOfAnInterruptedFetchAreRemovedAndNothingElse() throws IOException {
        Path part = Files.writeString(dir.resolve(".oura-v2-sleep.json.4242.part"), "[{\"id\":");
        Path download = Files.writeString(dir.resolve(".oura-v2-sleep.json.77.download"), "<html>");
        Path othersHidden = Files.writeString(dir.resolve(".notes.part"), "mine");
        Path othersPlain = Files.writeString(dir.resolve("oura-v2-sleep.json.part"), "mine too");
        fetch(server.base());
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(download));
        assertTrue(Files.exists(othersHidden) && Files.exists(othersPlain), "only what a fetch leaves is removed");
    }

    private byte[] old(String route) throws IOException {
        Path file = dir.resolve("oura-v2-" + route + ".json");
        Files.writeString(file, "[{\"id\":\"kept\",\"day\":\"2020-01-01\"}]\n");
        return Files.readAllBytes(file);
    }
}
