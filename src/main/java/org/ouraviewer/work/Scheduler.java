package org.ouraviewer.work;

import java.util.concurrent.Future;

/**
 * Runs actions after a delay measured on its own clock: the app's timer ({@link AppThreads#scheduler()}), or in
 * a test one it advances by hand, so that a deadline can be tested without waiting for it.
 */
public interface Scheduler {
    /** Now on this scheduler's clock, in nanoseconds; like {@link System#nanoTime()}, only differences mean anything. */
    long nanoTime();

    /** Runs {@code action} once, {@code delayNanos} from now; cancelling the future before then stops it. */
    Future<?> schedule(Runnable action, long delayNanos);
}
