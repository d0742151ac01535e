package org.ouraviewer.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.ouraviewer.TestFiles;

/**
 * A small Oura API v2 on 127.0.0.1 for tests: serves documents per route in pages, filtered by the
 * query's days (or date-times for heart rate) like the real API, checks the bearer token, and can answer
 * with canned errors first. Records every request.
 */
public final class FakeOuraServer implements AutoCloseable {
    public static final String TOKEN = "tok-7f3a9c2e51d84b6f";
    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request as the server saw it. */
    public record Seen(String route, String rawQuery, Map<String, String> query, String authorization) {
    }

    private record Canned(int status, Map<String, String> headers) {
    }

    /** Answers a request its own way (a body that drips, a page generated as it is sent). */
    @FunctionalInterface
    public interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fake-oura");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, List<JsonNode>> documents = new ConcurrentHashMap<>();
    private final Map<String, Deque<Canned>> firstAnswers = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();
    private final Map<String, Integer> whenPaged = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final FakeOuraAuth auth = new FakeOuraAuth();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile int pageSize = 50;
    private volatile boolean ignoreRange;
    private volatile Consumer<String> onRequest = route -> { };

    static {
        // Headers and body leave in two small packets; without this, Nagle's algorithm meets the
        // client's delayed ACK and every response takes 40 ms longer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public FakeOuraServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.createContext("/oauth/", auth::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The authorization server beside the API (the same base URL serves both). */
    public FakeOuraAuth auth() {
        return auth;
    }

    /** Requests of {@code route} are answered by {@code answer}, after the token is checked. */
    public FakeOuraServer answerWith(String route, Answer answer) {
        answers.put(route, answer);
        return this;
    }

    public FakeOuraServer put(String route, List<JsonNode> docs) {
        documents.put(route, List.copyOf(docs));
        return this;
    }

    /** The {@code data} of a recorded response under src/test/resources/samples. */
    public FakeOuraServer putRecording(String route, String sample) throws IOException {
        return put(route, recording(sample));
    }

    public static List<JsonNode> recording(String sample) throws IOException {
        Path file = TestFiles.samples(sample);
        JsonNode root = MAPPER.readTree(file.toFile());
        List<JsonNode> docs = new ArrayList<>();
        (root.isArray() ? root : root.get("data")).forEach(docs::add);
        return docs;
    }

    /** The next request of {@code route} is answered with {@code status} (queued, once each). */
    public FakeOuraServer answerOnce(String route, int status, Map<String, String> headers) {
        firstAnswers.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Canned(status, headers));
        return this;
    }

    /** Every request of {@code route} is answered with {@code status}. */
    public FakeOuraServer answerAlways(String route, int status) {
        always.put(route, status);
        return this;
    }

    /** Requests of {@code route} asking for a next page are answered with {@code status}. */
    public FakeOuraServer failNextPages(String route, int status) {
        whenPaged.put(route, status);
        return this;
    }

    public FakeOuraServer pageSize(int size) {
        pageSize = size;
        return this;
    }

    /** Answer with every document, whatever days are asked (to check that the client keeps only those). */
    public FakeOuraServer ignoreRange() {
        ignoreRange = true;
        return this;
    }

    public FakeOuraServer onRequest(Consumer<String> hook) {
        onRequest = hook;
        return this;
    }

    public List<Seen> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Seen> requests(String route) {
        return requests().stream().filter(s -> s.route().equals(route)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String route = path.startsWith("/v2/usercollection/") ? path.substring("/v2/usercollection/".length()) : path;
            String raw = ex.getRequestURI().getRawQuery();
            Map<String, String> query = parse(raw);
            seen.add(new Seen(route, raw, query, ex.getRequestHeaders().getFirst("Authorization")));
            onRequest.accept(route);
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            String bearer = authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring("Bearer ".length()) : "";
            if (!bearer.equals(TOKEN) && !auth.accepts(bearer)) {
                send(ex, 401, "{\"detail\":\"Unauthorized\"}", Map.of());
                return;
            }
            if (route.equals("personal_info")) {
                send(ex, 200, "{\"id\":\"p-1\",\"age\":40,\"email\":\"" + FakeOuraAuth.EMAIL + "\"}", Map.of());
                return;
            }
            Answer answer = answers.get(route);
            if (answer != null) {
                answer.send(ex);
                return;
            }
            Deque<Canned> canned = firstAnswers.get(route);
            Canned first = canned == null ? null : canned.poll();
            if (first != null) {
                send(ex, first.status(), "{\"detail\":\"canned\"}", first.headers());
                return;
            }
            Integer status = always.get(route);
            if (status == null && query.containsKey("next_token")) {
                status = whenPaged.get(route);
            }
            if (status != null) {
                send(ex, status, "{\"detail\":\"canned\"}", Map.of());
                return;
            }
            send(ex, 200, page(route, query), Map.of());
        }
    }

    private String page(String route, Map<String, String> query) {
        java.util.function.Predicate<JsonNode> asked = ignoreRange ? d -> true : inRange(route, query);
        List<JsonNode> matching = documents.getOrDefault(route, List.of()).stream().filter(asked).toList();
        int from = query.containsKey("next_token") ? Integer.parseInt(query.get("next_token")) : 0;
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode data = body.putArray("data");
        matching.subList(Math.min(from, to), to).forEach(data::add);
        body.put("next_token", to < matching.size() ? String.valueOf(to) : null);
        return body.toString();
    }

    private static java.util.function.Predicate<JsonNode> inRange(String route, Map<String, String> q) {
        if (route.equals("heartrate")) {
            Instant from = OffsetDateTime.parse(q.get("start_datetime")).toInstant();
            Instant to = OffsetDateTime.parse(q.get("end_datetime")).toInstant();
            return d -> {
                Instant t = OffsetDateTime.parse(d.get("timestamp").asText()).toInstant();
                return !t.isBefore(from) && t.isBefore(to);
            };
        }
        LocalDate from = LocalDate.parse(q.get("start_date"));
        LocalDate to = LocalDate.parse(q.get("end_date"));
        return d -> {
            if (!d.has("day") && !d.has("start_day")) {
                return true; // ring_configuration, personal_info: no day, always listed
            }
            LocalDate day = LocalDate.parse((d.has("day") ? d.get("day") : d.get("start_day")).asText());
            return !day.isBefore(from) && !day.isAfter(to);
        };
    }

    public static Map<String, String> parse(String rawQuery) {
        Map<String, String> q = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    public static void send(HttpExchange ex, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
