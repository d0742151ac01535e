package org.ouraviewer.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A scheduler whose clock moves only when the test says so: a deadline is reached by {@link #advance}, at once
 * and on the test's thread, never by waiting. Never advanced, nothing it holds ever runs.
 */
public final class ManualScheduler implements Scheduler {
    private record Due(long at, Runnable action, CompletableFuture<Void> future) {
    }

    private final List<Due> due = new ArrayList<>();
    private long now;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Future<?> schedule(Runnable action, long delayNanos) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        due.add(new Due(now + delayNanos, action, future));
        notifyAll();
        return future;
    }

    /** How many actions wait, not cancelled. */
    public synchronized int waiting() {
        due.removeIf(d -> d.future().isDone());
        return due.size();
    }

    /** Moves the clock on by {@code step} and runs what has come due (outside the lock: an action may schedule). */
    public void advance(Duration step) {
        List<Due> ready = new ArrayList<>();
        synchronized (this) {
            now += step.toNanos();
            due.removeIf(d -> {
                if (d.future().isDone()) {
                    return true;
                }
                if (d.at() <= now) {
                    ready.add(d);
                    return true;
                }
                return false;
            });
        }
        ready.sort((a, b) -> Long.compare(a.at(), b.at()));
        for (Due d : ready) {
            if (d.future().complete(null)) {
                d.action().run();
            }
        }
    }
}
