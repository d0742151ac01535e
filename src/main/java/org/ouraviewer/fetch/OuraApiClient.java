package org.ouraviewer.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ouraviewer.model.OuraKind;

/**
 * Reads one kind from Oura's API v2 ({@code GET /v2/usercollection/<route>}), page after page, each page
 * streamed document by document to the sink (a heart-rate page can be tens of megabytes). The token goes
 * only in the {@code Authorization} header; a 401 renews it once when it comes from a sign-in. Each
 * request asks one day wider on each side than the range (the API has been seen dropping the last day and
 * treating {@code start_date} as exclusive), and only documents of the days asked are passed on.
 */
final class OuraApiClient {
    /** What receives the documents; writing may fail. */
    @FunctionalInterface
    interface DocumentSink {
        void accept(JsonNode document) throws IOException;
    }

    static final Duration HEARTRATE_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    /** A guard against a server that keeps sending pages; far more than years of data need. */
    private static final int MAX_PAGES_PER_REQUEST = 100_000;

    private final String base;
    private final AccessTokens tokens;
    private final RetryingSender sender;
    private final ZoneId zone;
    private final FetchProgress progress;

    /** @param zone the zone whose days the range means, for heart rate's instants */
    OuraApiClient(URI base, AccessTokens tokens, RetryingSender sender, ZoneId zone, FetchProgress progress) {
        this.base = base.toString().replaceAll("/+$", "");
        this.tokens = tokens;
        this.sender = sender;
        this.zone = zone;
        this.progress = progress;
    }

    /** Passes every document of {@code kind} in {@code range} to {@code sink}; returns how many. */
    int fetch(OuraKind kind, DateRange range, DocumentSink sink) throws IOException {
        int[] count = {0};
        DocumentSink counting = doc -> {
            if (inRange(kind, doc, range)) {
                sink.accept(doc);
                count[0]++;
            }
        };
        if (OuraRoutes.byDateTime(kind)) {
            Instant from = range.start().minusDays(1).atStartOfDay(zone).toInstant();
            Instant to = range.end().plusDays(2).atStartOfDay(zone).toInstant();
            for (Instant t = from; t.isBefore(to); ) {
                Instant windowEnd = t.plus(HEARTRATE_WINDOW).isBefore(to) ? t.plus(HEARTRATE_WINDOW) : to;
                Map<String, String> query = new LinkedHashMap<>();
                query.put("start_datetime", DATE_TIME.format(t.atZone(zone)));
                query.put("end_datetime", DATE_TIME.format(windowEnd.atZone(zone)));
                fetchPages(kind, query, counting, count);
                t = windowEnd;
            }
        } else {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("start_date", range.start().minusDays(1).toString());
            query.put("end_date", range.end().plusDays(1).toString());
            fetchPages(kind, query, counting, count);
        }
        return count[0];
    }

    private void fetchPages(OuraKind kind, Map<String, String> query, DocumentSink sink, int[] count)
            throws IOException {
        Set<String> tokensSeen = new HashSet<>();
        String next = null;
        for (int page = 0; page < MAX_PAGES_PER_REQUEST; page++) {
            Map<String, String> q = new LinkedHashMap<>(query);
            if (next != null) {
                q.put("next_token", next);
            }
            URI uri = URI.create(base + "/v2/usercollection/" + kind.route() + "?" + encode(q));
            next = sendPage(kind, uri, sink);
            progress.received(kind.route(), count[0]);
            if (next == null || next.isEmpty()) {
                return;
            }
            if (!tokensSeen.add(next)) {
                throw new FetchException(FetchException.Reason.FAILED,
                        "Oura sent the same page of " + kind.route() + " twice; try again later.");
            }
        }
        throw new FetchException(FetchException.Reason.FAILED, "Oura kept sending pages of " + kind.route() + ".");
    }

    /** Sends one page's request, renewing the token once after a 401; returns the next page's token. */
    private String sendPage(OuraKind kind, URI uri, DocumentSink sink) throws IOException {
        String token = tokens.current();
        try {
            return sender.get(authorized(uri, token), body -> readPage(kind, body, sink));
        } catch (FetchException e) {
            if (e.status() != 401) {
                throw e;
            }
            Optional<String> renewed = tokens.renewedAfterRefusal(token);
            if (renewed.isEmpty()) {
                throw e;
            }
            return sender.get(authorized(uri, renewed.get()), body -> readPage(kind, body, sink));
        }
    }

    /** The request with the token; one that cannot go into a header is refused here, never quoted. */
    private java.net.http.HttpRequest authorized(URI uri, String token) throws FetchException {
        if (!FetchRequest.isSendable(token)) {
            throw new FetchException(FetchException.Reason.SIGN_IN_AGAIN, "The Oura token holds spaces, line breaks"
                    + " or other characters a token cannot have, so it was not sent; sign in again (or give another"
                    + " token).");
        }
        return sender.request(uri).header("Authorization", "Bearer " + token).build();
    }

    /**
     * Streams {@code {"data": [...], "next_token": ...}}: each document goes to the sink as soon as it is
     * read, so a page is never held whole. Returns the next token, or null.
     */
    private static String readPage(OuraKind kind, InputStream body, DocumentSink sink) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(body)) {
            boolean sawData = false;
            String next = null;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("data") && value == JsonToken.START_ARRAY) {
                        sawData = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.START_OBJECT) {
                                sink.accept(p.readValueAsTree());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else if (name.equals("next_token") && value == JsonToken.VALUE_STRING) {
                        next = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (!sawData) {
                throw new FetchException(FetchException.Reason.FAILED,
                        "Oura's answer for " + kind.route() + " has no \"data\" list.");
            }
            return next;
        }
    }

    /** Whether the document belongs to a day asked; one whose day cannot be told is kept. */
    private boolean inRange(OuraKind kind, JsonNode doc, DateRange range) {
        JsonNode field = doc.get(OuraRoutes.dayField(kind));
        if (field == null || !field.isTextual()) {
            return true;
        }
        try {
            LocalDate day = OuraRoutes.byDateTime(kind)
                    ? OffsetDateTime.parse(field.asText()).atZoneSameInstant(zone).toLocalDate()
                    : LocalDate.parse(field.asText());
            return range.contains(day);
        } catch (DateTimeException e) {
            return true;
        }
    }

    /** Form-encodes the values: a '+' in an offset must reach the server as %2B, not as a space. */
    static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
