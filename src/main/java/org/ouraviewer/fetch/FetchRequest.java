package org.ouraviewer.fetch;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One fetch to run: the source and its base URL, the token, the days (Oura only: Open Humans files come
 * whole), the zone whose days they are, and how patiently to retry. {@link #toString} leaves the token out.
 */
public record FetchRequest(FetchSource source, URI base, String token, DateRange range, ZoneId zone,
                           RetryPolicy retryPolicy) {
    public FetchRequest {
        Objects.requireNonNull(source);
        Objects.requireNonNull(base);
        Objects.requireNonNull(range);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(retryPolicy);
        if (!isPlausibleToken(token)) {
            throw new IllegalArgumentException("the token is empty or has spaces or characters a token cannot have");
        }
        token = token.strip();
    }

    /**
     * Whether the text could be a token: printable ASCII without spaces once stripped. Anything else would
     * be refused by the HTTP client with a message that may quote it, so it is stopped here.
     */
    public static boolean isPlausibleToken(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return token.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The source's own server, this computer's zone, standard retries. */
    public static FetchRequest of(FetchSource source, String token, DateRange range) {
        return new FetchRequest(source, source.defaultBase(), token, range, ZoneId.systemDefault(),
                RetryPolicy.standard());
    }

    public FetchRequest withRetryPolicy(RetryPolicy policy) {
        return new FetchRequest(source, base, token, range, zone, policy);
    }

    @Override
    public String toString() {
        return "FetchRequest[" + source.option() + ", " + base + ", " + range.start() + " to " + range.end() + "]";
    }
}
