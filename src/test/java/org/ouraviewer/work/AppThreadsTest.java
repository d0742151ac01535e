package org.ouraviewer.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one thread factory: named daemon threads, and an escaping error reaches the handler, not nowhere. */
class AppThreadsTest {
    final CompletableFuture<String> reported = new CompletableFuture<>();
    final AppThreads threads = AppThreads.reportingTo((thread, error) -> reported.complete(thread.getName()
            + ": " + error.getMessage()));

    @Test
    void backgroundThreadsAreNamedDaemons() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        threads.background().execute(() -> ran.complete(Thread.currentThread()));
        Thread t = ran.get(30, TimeUnit.SECONDS);
        assertTrue(t.isDaemon(), "no thread keeps the app alive");
        assertTrue(t.getName().startsWith("oura-background-"), t.getName());
    }

    @Test
    void anErrorOfABackgroundJobReachesTheHandler() throws Exception {
        threads.background().execute(() -> {
            throw new IllegalStateException("boom");
        });
        String got = reported.get(30, TimeUnit.SECONDS);
        assertTrue(got.matches("oura-background-\\d+: boom"), got);
    }

    /** A scheduled job's error would otherwise vanish into its future. */
    @Test
    void anErrorOfAScheduledJobReachesTheHandler() throws Exception {
        threads.scheduler().schedule(() -> {
            throw new IllegalStateException("late boom");
        }, 0);
        assertEquals("oura-timer-1: late boom", reported.get(30, TimeUnit.SECONDS));
    }
}
