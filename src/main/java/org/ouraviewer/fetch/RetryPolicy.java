package org.ouraviewer.fetch;

import java.time.Duration;
import org.ouraviewer.work.Scheduler;

/**
 * How patiently requests are repeated: rate limits (429) wait for {@code Retry-After} when the server
 * gives it, otherwise the delay doubles from {@code firstDelay} up to {@code maxDelay}; server errors
 * (5xx) and timeouts are tried {@code maxRetries} more times. A request not answered within
 * {@code requestTimeout} ends ({@link RequestDeadline}, timed by {@code deadlines}). The sleeper and the
 * deadlines are injectable so that tests do not wait.
 */
public record RetryPolicy(int maxRetries, Duration firstDelay, Duration maxDelay, Duration requestTimeout,
                          Sleeper sleeper, Scheduler deadlines) {
    /** Waits; interruptible, so that cancelling a fetch also ends its waits. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Real waits: up to five retries, 2 s doubling to 60 s, a minute per request. */
    public static RetryPolicy standard(Scheduler deadlines) {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(60),
                d -> Thread.sleep(d.toMillis()), deadlines);
    }

    /** The delay before retry number {@code retry} (0 for the first) when the server gave no hint. */
    Duration backoff(int retry) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(retry, 20));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
