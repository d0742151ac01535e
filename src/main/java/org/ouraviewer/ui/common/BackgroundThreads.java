package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's one executor for background work: daemon threads named {@code oura-background-N} (they show in
 * thread dumps and in the log), created as work comes and ended after a minute idle; an error that escapes a
 * job goes to the given handler, the crash path. Every background job of the window runs here, through
 * {@link Tasks}; only the file reader keeps its own pool of parallel readers.
 */
public final class BackgroundThreads {
    private BackgroundThreads() {
    }

    public static ExecutorService create(Thread.UncaughtExceptionHandler onError) {
        Objects.requireNonNull(onError);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread t = new Thread(work, "oura-background-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(onError);
            return t;
        };
        return Executors.newCachedThreadPool(factory);
    }
}
