package org.ouraviewer.fetch;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import org.ouraviewer.work.Scheduler;

/**
 * One fetch to run: the source and its base URL, where the token comes from, the days (Oura only: Open
 * Humans files come whole), whether a kind the folder already holds starts from its last day instead, the
 * zone whose days they are, and how patiently to retry. {@link #toString} leaves the token out.
 *
 * @param sinceLastDay a kind whose file the folder holds is fetched from its last day less
 *                     {@link #REVISED_DAYS} days (Oura revises recent days); others from {@code range}'s start
 */
public record FetchRequest(FetchSource source, URI base, AccessTokens tokens, DateRange range,
                           boolean sinceLastDay, ZoneId zone, RetryPolicy retryPolicy) {
    /** How many days before a kind's last saved day a quick sync asks again. */
    public static final int REVISED_DAYS = 7;

    public FetchRequest {
        Objects.requireNonNull(source);
        Objects.requireNonNull(base);
        Objects.requireNonNull(tokens);
        Objects.requireNonNull(range);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(retryPolicy);
    }

    /** With a fixed token, for exactly the days of {@code range}. */
    public FetchRequest(FetchSource source, URI base, String token, DateRange range, ZoneId zone,
                        RetryPolicy retryPolicy) {
        this(source, base, AccessTokens.fixed(checked(token)), range, false, zone, retryPolicy);
    }

    private static String checked(String token) {
        if (!isPlausibleToken(token)) {
            throw new IllegalArgumentException("the token is empty or has spaces or characters a token cannot have");
        }
        return token.strip();
    }

    /**
     * Whether the text could be a token: printable ASCII without spaces once stripped. Anything else would
     * be refused by the HTTP client with a message that may quote it, so it is stopped here.
     */
    public static boolean isPlausibleToken(String token) {
        return token != null && isSendable(token.strip());
    }

    /**
     * Whether the text can go into a request header as it is: visible ASCII, no space, no line break, not
     * empty. The HTTP client refuses anything else with a message that quotes the whole header, token and
     * all, so a token is checked with this before it is ever put into one.
     */
    public static boolean isSendable(String token) {
        return token != null && !token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The source's own server, this computer's zone, standard retries. */
    public static FetchRequest of(FetchSource source, String token, DateRange range, Scheduler deadlines) {
        return new FetchRequest(source, source.defaultBase(), token, range, ZoneId.systemDefault(),
                RetryPolicy.standard(deadlines));
    }

    public FetchRequest withRetryPolicy(RetryPolicy policy) {
        return new FetchRequest(source, base, tokens, range, sinceLastDay, zone, policy);
    }

    @Override
    public String toString() {
        return "FetchRequest[" + source.option() + ", " + base + ", " + range.start() + " to " + range.end()
                + (sinceLastDay ? ", since the last day saved" : "") + "]";
    }
}
