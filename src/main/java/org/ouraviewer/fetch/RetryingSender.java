package org.ouraviewer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Sends GET requests and reads their answers, repeating what is worth repeating: rate limits (429, after
 * {@code Retry-After}), server errors (5xx) and network failures, with back-off. Refusals (the statuses
 * the source's {@code refusals} names) and other client errors end at once. Messages never carry the
 * request's URL, which for Open Humans holds the token.
 */
final class RetryingSender {
    /** Reads a successful answer's body; an {@link IOException} while reading is retried like a network failure. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /** Retry-After beyond this is not believed; the user can fetch again later. */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

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

    HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(policy.requestTimeout()).GET()
                .header("Accept", "application/json").header("User-Agent", "oura-viewer");
    }

    /**
     * @throws FetchException     refused, not found (404), or failed after the retries
     * @throws CancellationException when the fetch is cancelled (the thread's interrupt also counts)
     */
    <T> T get(HttpRequest request, BodyReader<T> reader) throws FetchException {
        for (int retry = 0; ; retry++) {
            checkCancelled();
            Duration wait;
            String problem;
            boolean rateLimited = false;
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (status / 100 == 2) {
                        return reader.read(body);
                    }
                    String refusal = refusals.apply(status);
                    if (refusal != null) {
                        throw new FetchException(FetchException.Reason.REFUSED, refusal);
                    }
                    if (status == 404) {
                        throw new FetchException(FetchException.Reason.NOT_FOUND,
                                service + " does not offer this (HTTP 404).");
                    }
                    if (status == 429) {
                        rateLimited = true;
                        problem = service + " is limiting the rate of requests (too many in a few minutes)";
                        wait = retryAfter(response).orElse(policy.backoff(retry));
                    } else if (status >= 500) {
                        problem = service + " answered with a server error (HTTP " + status + ")";
                        wait = policy.backoff(retry);
                    } else {
                        throw new FetchException(FetchException.Reason.FAILED, service
                                + " did not accept the request (HTTP " + status + ")"
                                + (status == 422 || status == 400 ? "; check the start and end days." : "."));
                    }
                }
            } catch (FetchException e) {
                throw e;
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
            progress.waiting(problem, wait);
            try {
                policy.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("fetch cancelled");
            }
        }
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("fetch cancelled");
        }
    }

    /** Retry-After in seconds; the HTTP-date form is rare enough to fall back to back-off. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.trim());
                return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).map(d -> d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d);
    }

    /** The failure in words, without the exception's own message (which could quote the URL). */
    private String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return service + " did not answer in time";
        }
        if (e instanceof ConnectException) {
            return "could not connect to " + service;
        }
        if (e instanceof com.fasterxml.jackson.core.JacksonException) {
            return service + "'s answer could not be read as JSON";
        }
        return "the connection to " + service + " failed (" + e.getClass().getSimpleName() + ")";
    }
}
