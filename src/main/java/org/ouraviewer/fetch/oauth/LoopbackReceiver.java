package org.ouraviewer.fetch.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect's end: the JDK's HTTP server on the loopback addresses only ({@code 127.0.0.1}, and
 * {@code ::1} when the system has it, since browsers may resolve {@code localhost} to either), answering
 * one {@code GET /callback}. Any other path gets a 404 and changes nothing; the first callback is handed
 * over and answered with the page the sign-in chooses once it knows how it ended; later ones are turned
 * away. Closed after that one answer.
 */
final class LoopbackReceiver implements AutoCloseable {
    static final String PATH = "/callback";
    /** How long the browser's request waits for the sign-in to finish before a neutral page. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    /** The callback's query; a parameter given twice is dropped (such a callback is not trusted). */
    record Callback(Map<String, String> query) {
        String get(String name) {
            return query.get(name);
        }

        @Override
        public String toString() {
            return "Callback" + query.keySet(); // never the code
        }
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService handlers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "oura-sign-in-callback");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Callback> arrived = new CompletableFuture<>();
    private final CompletableFuture<String> page = new CompletableFuture<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();
    private final int port;

    private LoopbackReceiver(int requestedPort) throws IOException {
        HttpServer v4 = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), requestedPort), 4);
        servers.add(v4);
        this.port = v4.getAddress().getPort();
        try {
            InetAddress v6 = InetAddress.getByName("::1");
            if (v6 instanceof Inet6Address) {
                servers.add(HttpServer.create(new InetSocketAddress(v6, port), 4));
            }
        } catch (IOException e) {
            // No IPv6 loopback here (or the port is taken on it): browsers then use 127.0.0.1.
        }
        for (HttpServer s : servers) {
            s.createContext("/", this::handle);
            s.setExecutor(handlers);
            s.start();
        }
    }

    /**
     * Listens on {@code port} (0: any free port, for tests).
     *
     * @throws IOException the port is taken or not allowed
     */
    static LoopbackReceiver listen(int port) throws IOException {
        return new LoopbackReceiver(port);
    }

    int port() {
        return port;
    }

    /** Waits for the callback. */
    Callback await(Duration limit) throws TimeoutException, InterruptedException {
        try {
            return arrived.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the callback is never completed exceptionally", e);
        }
    }

    /** The page the browser shows for the callback (HTML). */
    void answer(String html) {
        page.complete(html);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!PATH.equals(ex.getRequestURI().getPath()) || !"GET".equals(ex.getRequestMethod())) {
                send(ex, 404, CallbackPage.notFound());
            } else if (!arrived.complete(new Callback(parse(ex.getRequestURI().getRawQuery())))) {
                send(ex, 409, CallbackPage.alreadyAnswered());
            } else {
                try {
                    send(ex, 200, pageToShow());
                } finally {
                    answered.complete(null);
                }
            }
        }
    }

    private String pageToShow() {
        try {
            return page.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CallbackPage.seeTheApp();
        } catch (ExecutionException | TimeoutException e) {
            return CallbackPage.seeTheApp();
        }
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static Map<String, String> parse(String rawQuery) {
        Map<String, String> q = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    if (q.putIfAbsent(name, value) != null) {
                        repeated.add(name);
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed %-escape: that parameter is left out
                }
            }
        }
        repeated.forEach(q::remove);
        return Map.copyOf(q);
    }

    /** Stops listening, after the browser got its page (waiting a few seconds at most). */
    @Override
    public void close() {
        if (arrived.isDone()) {
            page.complete(CallbackPage.seeTheApp());
            try {
                answered.get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the browser went away; stop anyway
            }
        }
        servers.forEach(s -> s.stop(0));
        handlers.shutdownNow();
    }
}
