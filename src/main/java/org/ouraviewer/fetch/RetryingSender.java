package org.ouraviewer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Sends GET requests and reads their answers, repeating what is worth repeating: rate limits (429, after
 * {@code Retry-After} when it is within Oura's 5-minute rate window), server errors (5xx) and broken
 * transfers, with back-off. What waiting will not mend ends at once with what to do: refusals (the statuses
 * the source's {@code refusals} names), other client errors, a refused connection, a request past its
 * deadline, a rate limit that asks for a longer wait. Messages never carry the request's URL, which for
 * Open Humans holds the token.
 */
final class RetryingSender {
    /** Reads a successful answer's body; an {@link IOException} while reading is retried like a network failure. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private final HttpClient client;
    private final RetryPolicy policy;
    private final String service;
    private final IntFunction<String> refusals;
    private final FetchProgress progress;
    private final BooleanSupplier cancelled;

    /**
     * @param service   the server's name for messages ("Oura", "Open Humans")
     * @param refusals  the message for a status that refuses the token, or null for other statuses
     */
    RetryingSender(HttpClient client, RetryPolicy policy, String service, IntFunction<String> refusals,
                   FetchProgress progress, BooleanSupplier cancelled) {
        this.client = client;
        this.policy = policy;
        this.service = service;
        this.refusals = refusals;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).GET()
                .header("Accept", "application/json").header("User-Agent", "oura-viewer");
    }

    /**
     * @throws FetchException     refused, not found (404), or failed (at once or after the retries)
     * @throws CancellationException when the fetch is cancelled (the thread's interrupt also counts)
     */
    <T> T get(HttpRequest request, BodyReader<T> reader) throws FetchException {
        for (int retry = 0; ; retry++) {
            checkCancelled();
            Duration wait;
            String problem;
            boolean rateLimited = false;
            try {
                HttpResponse<InputStream> response = RequestDeadline.send(client, request, policy.requestTimeout(),
                        policy.deadlines());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (status / 100 == 2) {
                        return reader.read(body);
                    }
                    failAtOnce(status);
                    if (status == 429) {
                        rateLimited = true;
                        problem = service + " is limiting the rate of requests (too many in a few minutes)";
                        wait = RateLimit.retryAfter(response).orElse(policy.backoff(retry));
                        RateLimit.failIfTooLong(service, wait);
                    } else {
                        problem = service + " answered with a server error (HTTP " + status + ")";
                        wait = policy.backoff(retry);
                    }
                }
            } catch (FetchException e) {
                throw e;
            } catch (HttpTimeoutException e) {
                checkCancelled();
                throw new FetchException(FetchException.Reason.FAILED, service + " did not answer within "
                        + policy.requestTimeout().toSeconds() + " s; check the network connection, then fetch again.");
            } catch (ConnectException e) {
                checkCancelled();
                throw new FetchException(FetchException.Reason.FAILED, "Could not connect to " + service
                        + " (no network, or the connection was refused); check the network connection (and a proxy,"
                        + " if one is used), then fetch again.");
            } catch (IOException e) {
                checkCancelled();
                problem = describe(e);
                wait = policy.backoff(retry);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("fetch cancelled");
            }
            if (retry >= policy.maxRetries()) {
                throw new FetchException(FetchException.Reason.FAILED, problem + ", even after " + (retry + 1)
                        + " tries; " + (rateLimited ? "wait a few minutes, then fetch again." : "try again later."));
            }
            pause(problem, wait);
        }
    }

    /** Statuses that no retry mends: refusals, 404, and client errors other than 429. */
    private void failAtOnce(int status) throws FetchException {
        String refusal = refusals.apply(status);
        if (refusal != null) {
            throw new FetchException(FetchException.Reason.REFUSED, status, refusal);
        }
        if (status == 404) {
            throw new FetchException(FetchException.Reason.NOT_FOUND, status,
                    service + " does not offer this (HTTP 404).");
        }
        if (status != 429 && status < 500) {
            throw new FetchException(FetchException.Reason.FAILED, status, service
                    + " did not accept the request (HTTP " + status + ")"
                    + (status == 422 || status == 400 ? "; check the start and end days." : "."));
        }
    }

    /** Waits {@code wait}, telling progress each second how long is left; cancelling ends the wait. */
    private void pause(String why, Duration wait) {
        progress.waiting(why, wait);
        try {
            for (Duration left = wait; !left.isNegative() && !left.isZero(); ) {
                checkCancelled();
                progress.waitingLeft(left);
                Duration step = left.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : left;
                policy.sleeper().sleep(step);
                left = left.minus(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("fetch cancelled");
        }
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("fetch cancelled");
        }
    }

    /** The failure in words, without the exception's own message (which could quote the URL). */
    private String describe(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JacksonException) {
            return service + "'s answer could not be read as JSON";
        }
        return e instanceof javax.net.ssl.SSLException ? "the secure connection to " + service + " could not be made"
                : "the connection to " + service + " broke off";
    }
}
