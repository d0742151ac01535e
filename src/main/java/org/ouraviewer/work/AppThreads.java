package org.ouraviewer.work;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one factory of the app's threads, made once by the window (errors to its crash handler) and once by a
 * command (errors to the log) and passed down: a {@link #background()} executor for every job (threads made as
 * work comes, ended after a minute idle, so a long job such as a listener's accept loop or one connection's
 * reading blocks no other), and a {@link #scheduler()} for deadlines. All threads are daemons named
 * {@code oura-…} (they show in thread dumps and in the log). An error that escapes a job given to
 * {@code execute} or to the scheduler goes to the handler; {@code submit} hands it to the caller's future.
 * A new kind of thread (such as the one-instance hand-over listener) runs here too.
 */
public final class AppThreads {
    private static final System.Logger LOG = System.getLogger(AppThreads.class.getName());

    private final Thread.UncaughtExceptionHandler onError;
    private final ExecutorService background;
    private final ScheduledThreadPoolExecutor timer;
    private final Scheduler scheduler;

    private AppThreads(Thread.UncaughtExceptionHandler onError) {
        this.onError = Objects.requireNonNull(onError);
        this.background = Executors.newCachedThreadPool(named("oura-background-", onError));
        this.timer = new ScheduledThreadPoolExecutor(1, named("oura-timer-", onError));
        timer.setRemoveOnCancelPolicy(true); // a deadline cancelled early does not stay queued for its minutes
        this.scheduler = new Scheduler() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public Future<?> schedule(Runnable action, long delayNanos) {
                return timer.schedule(() -> catching(action), delayNanos, TimeUnit.NANOSECONDS);
            }
        };
    }

    /** The window's threads: an escaping error goes to {@code onError}, the crash path. */
    public static AppThreads reportingTo(Thread.UncaughtExceptionHandler onError) {
        return new AppThreads(onError);
    }

    /** A command's threads: an escaping error goes to the log (stderr gets one sentence from the command). */
    public static AppThreads logging() {
        return new AppThreads(AppThreads::log);
    }

    /** The executor for background work. */
    public ExecutorService background() {
        return background;
    }

    /** The timer for deadlines; its actions should be short (they share one thread). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * A pool of {@code threads} named {@code name-N} for one piece of work split in parallel (the file reader),
     * to be shut down at its end so that cancelling interrupts its threads; errors reach the caller through
     * the futures.
     */
    public static ExecutorService fixedPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, named(name + "-", AppThreads::log));
    }

    /**
     * Starts one long-lived daemon thread named {@code name} for {@code work} that must run before the window's
     * threads exist (the hand-over endpoint is claimed before JavaFX starts); an escaping error goes to the log.
     */
    public static void startDaemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(AppThreads::log);
        t.start();
    }

    private void catching(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            onError.uncaughtException(Thread.currentThread(), e);
        }
    }

    private static void log(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Unexpected error in thread " + thread.getName(), error);
    }

    private static ThreadFactory named(String prefix, Thread.UncaughtExceptionHandler onError) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread t = new Thread(work, prefix + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(onError);
            return t;
        };
    }
}
