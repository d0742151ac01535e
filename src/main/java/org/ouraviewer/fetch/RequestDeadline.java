package org.ouraviewer.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A total deadline for reading an answer's body. {@code HttpRequest.timeout} only bounds the wait for
 * the headers; a body that drips a byte a second would hold a fetch for ever. When the deadline comes and
 * the body has not arrived at a decent rate, the stream is closed under the reader (which unblocks its
 * read) and the reader sees an {@link HttpTimeoutException}. A large body arriving at a decent rate gets
 * more time, up to {@link #HARD_LIMIT}.
 */
public final class RequestDeadline extends FilterInputStream {
    /** Below this average rate a transfer is not worth waiting for (a quarter of a megabit). */
    static final long MIN_BYTES_PER_SECOND = 32 * 1024;
    static final Duration HARD_LIMIT = Duration.ofMinutes(30);

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Duration limit;
    private final long started;
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean expired;
    private volatile ScheduledFuture<?> check;

    private RequestDeadline(InputStream body, Duration limit, long startedNanos) {
        super(body);
        this.limit = limit;
        this.started = startedNanos;
    }

    /** Watches {@code body}; the request was sent at {@code startedNanos} ({@link System#nanoTime()}). */
    public static RequestDeadline watch(InputStream body, Duration limit, long startedNanos) {
        RequestDeadline d = new RequestDeadline(body, limit, startedNanos);
        long first = Math.max(1, limit.toNanos() - (System.nanoTime() - startedNanos));
        d.check = TIMER.schedule(d::checkRate, first, TimeUnit.NANOSECONDS);
        return d;
    }

    private void checkRate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean steady = bytes.get() >= MIN_BYTES_PER_SECOND * seconds;
        if (steady && seconds < HARD_LIMIT.toSeconds()) {
            check = TIMER.schedule(this::checkRate, limit.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        expired = true;
        try {
            in.close();
        } catch (IOException e) {
            // The reader sees the closed stream either way.
        }
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b >= 0) {
                bytes.incrementAndGet();
            }
            return b;
        } catch (IOException e) {
            throw expired ? timedOut() : e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytes.addAndGet(n);
            }
            return n;
        } catch (IOException e) {
            throw expired ? timedOut() : e;
        }
    }

    private HttpTimeoutException timedOut() {
        return new HttpTimeoutException("the answer did not arrive in time");
    }

    @Override
    public void close() throws IOException {
        ScheduledFuture<?> c = check;
        if (c != null) {
            c.cancel(false);
        }
        super.close();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "oura-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
