package org.ouraviewer.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ouraviewer.work.Scheduler;

/**
 * A total deadline for a request: its answer's headers and body. A server that accepts and never answers,
 * or a body that drips a byte a second, would otherwise hold a fetch for ever. When the deadline comes and
 * the headers have not arrived, the request is abandoned; when the body has not arrived at a decent rate, the
 * stream is closed under the reader (which unblocks its read). Either way the reader sees an
 * {@link HttpTimeoutException}. A large body arriving at a decent rate gets more time, up to
 * {@link #HARD_LIMIT}. The deadline runs on an injected {@link Scheduler}, so tests need not wait for it.
 */
public final class RequestDeadline {
    /** Below this average rate a transfer is not worth waiting for (a quarter of a megabit). */
    static final long MIN_BYTES_PER_SECOND = 32 * 1024;
    static final Duration HARD_LIMIT = Duration.ofMinutes(30);

    private final Scheduler scheduler;
    private final Duration limit;
    private final long started;
    private final AtomicLong bytes = new AtomicLong();
    private final CompletableFuture<Void> expiry = new CompletableFuture<>();
    private volatile boolean expired;
    private volatile InputStream body;
    private volatile Future<?> check;

    private RequestDeadline(Scheduler scheduler, Duration limit) {
        this.scheduler = scheduler;
        this.limit = limit;
        this.started = scheduler.nanoTime();
    }

    /**
     * Sends {@code request}; its answer must come within {@code limit}, and its body (closed by the caller) at
     * a decent rate.
     *
     * @throws HttpTimeoutException the deadline passed
     * @throws InterruptedException the thread was interrupted (the request is abandoned)
     */
    public static HttpResponse<InputStream> send(HttpClient client, HttpRequest request, Duration limit,
                                                 Scheduler scheduler) throws IOException, InterruptedException {
        RequestDeadline d = new RequestDeadline(scheduler, limit);
        d.check = scheduler.schedule(d::checkRate, limit.toNanos());
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, info ->
                HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), d::watch));
        d.expiry.thenRun(() -> pending.cancel(true));
        boolean answered = false;
        try {
            HttpResponse<InputStream> response = pending.get();
            answered = true;
            return response;
        } catch (CancellationException e) {
            throw d.timedOut();
        } catch (ExecutionException e) {
            if (d.expired) {
                throw d.timedOut();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } finally {
            if (!answered) {
                d.check.cancel(false);
            }
        }
    }

    private InputStream watch(InputStream in) {
        InputStream watched = new Watched(in);
        body = watched;
        return watched;
    }

    private void checkRate() {
        double seconds = (scheduler.nanoTime() - started) / 1e9;
        boolean steady = body != null && bytes.get() >= MIN_BYTES_PER_SECOND * seconds;
        if (steady && seconds < HARD_LIMIT.toSeconds()) {
            check = scheduler.schedule(this::checkRate, limit.toNanos());
            return;
        }
        expired = true;
        expiry.complete(null);
        InputStream b = body;
        if (b != null) {
            try {
                ((Watched) b).closeUnderReader();
            } catch (IOException e) {
                // The reader sees the closed stream either way.
            }
        }
    }

    private HttpTimeoutException timedOut() {
        return new HttpTimeoutException("the answer did not arrive in time");
    }

    /** The body, counting its bytes; a read cut by the deadline ends in {@link HttpTimeoutException}. */
    private final class Watched extends FilterInputStream {
        Watched(InputStream in) {
            super(in);
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

        void closeUnderReader() throws IOException {
            in.close();
        }

        @Override
        public void close() throws IOException {
            Future<?> c = check;
            if (c != null) {
                c.cancel(false);
            }
            super.close();
        }
    }
}
