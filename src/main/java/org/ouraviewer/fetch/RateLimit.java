package org.ouraviewer.fetch;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A 429's {@code Retry-After}, and what to do when it asks for more than Oura's rate window: waiting
 * longer in silence helps no one, so the fetch stops and says when to try again.
 */
final class RateLimit {
    /** Oura counts requests over 5 minutes; a longer wait is not worth sitting through. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private RateLimit() {
    }

    /** Retry-After in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            String text = v.trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(), when);
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** A wait beyond {@link #LONGEST_WAIT} ends the fetch at once, saying when to fetch again. */
    static void failIfTooLong(String service, Duration wait) throws FetchException {
        if (wait.compareTo(LONGEST_WAIT) <= 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime then = wait.toDays() > 3650 ? null : now.plus(wait);
        String when = then == null ? "much later"
                : "after " + (then.toLocalDate().equals(now.toLocalDate()) ? CLOCK : DAY_AND_CLOCK).format(then);
        throw new FetchException(FetchException.Reason.FAILED, 429, service + " is limiting the rate of requests"
                + " and asks to wait " + length(wait) + "; fetch again " + when + ".");
    }

    /** "7 minutes", "2 h 05 min", "3 days". */
    static String length(Duration d) {
        long minutes = Math.max(1, (d.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (minutes < 48 * 60) {
            return String.format("%d h %02d min", minutes / 60, minutes % 60);
        }
        return minutes / (24 * 60) + " days";
    }
}
