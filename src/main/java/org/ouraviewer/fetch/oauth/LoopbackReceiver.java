package org.ouraviewer.fetch.oauth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The redirect's end: a small HTTP listener on the loopback addresses only ({@code 127.0.0.1}, and
 * {@code ::1} when the system has it, since browsers may resolve {@code localhost} to either) that serves
 * only the browser's callback. Anyone on the machine can connect, so nothing they send may end or block the
 * sign-in: a request with a wrong or missing {@code state}, another path or method, or a foreign
 * {@code Host} (a web page rebinding its name to 127.0.0.1) is answered 400 and changes nothing; each
 * connection has its own thread and must send its request head within {@link #REQUEST_DEADLINE}; and at
 * most {@link #MAX_READING} connections are being read at once, a new one closing the oldest, so slow or
 * silent clients cannot keep the browser out. The genuine callback is handed over once and answered with
 * the page the sign-in chooses once it knows how it ended.
 */
final class LoopbackReceiver implements AutoCloseable {
    static final String PATH = "/callback";
    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);
    static final int MAX_READING = 32;
    /** How long the browser's request waits for the sign-in to finish before a neutral page. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

    /** The callback's query (a parameter given twice is dropped). */
    record Callback(Map<String, String> query) {
        String get(String name) {
            return query.get(name);
        }

        @Override
        public String toString() {
            return "Callback" + query.keySet(); // never the code
        }
    }

    private final List<ServerSocket> listeners = new ArrayList<>();
    private final Executor threads;
    private final Predicate<String> stateMatches;
    private final Set<String> hosts;
    /** Connections whose request head is still being read, oldest first. */
    private final Deque<Socket> reading = new ConcurrentLinkedDeque<>();
    private final CompletableFuture<Callback> arrived = new CompletableFuture<>();
    private final CompletableFuture<String> page = new CompletableFuture<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();
    private final int port;

    private LoopbackReceiver(int requestedPort, Predicate<String> stateMatches, Executor threads)
            throws IOException {
        this.stateMatches = stateMatches;
        this.threads = threads;
        ServerSocket v4 = bound(InetAddress.getByName("127.0.0.1"), requestedPort);
        listeners.add(v4);
        this.port = v4.getLocalPort();
        try {
            InetAddress v6 = InetAddress.getByName("::1");
            if (v6 instanceof Inet6Address) {
                listeners.add(bound(v6, port));
            }
        } catch (IOException e) {
            // No IPv6 loopback here (or the port is taken on it): browsers then use 127.0.0.1.
        }
        hosts = Set.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port);
        for (ServerSocket listener : listeners) {
            threads.execute(() -> accept(listener));
        }
    }

    private static ServerSocket bound(InetAddress address, int port) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.bind(new InetSocketAddress(address, port), 50);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Listens on {@code port} (0: any free port, for tests) for the callback whose state passes
     * {@code stateMatches}; runs on {@code threads}, which must give each job a thread of its own (the app's
     * background executor), so that a slow connection blocks neither the listener nor the callback. Its jobs
     * end when it is closed: the listeners and the connections still being read are closed under them.
     *
     * @throws IOException the port is taken or not allowed
     */
    static LoopbackReceiver listen(int port, Predicate<String> stateMatches, Executor threads)
            throws IOException {
        return new LoopbackReceiver(port, stateMatches, threads);
    }

    int port() {
        return port;
    }

    /** Waits for the genuine callback. */
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

    private void accept(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                reading.addLast(connection);
                if (reading.size() > MAX_READING) {
                    closeQuietly(reading.pollFirst());
                }
                threads.execute(() -> serve(connection));
            } catch (IOException | RejectedExecutionException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            CallbackRequest request = CallbackRequest.read(connection,
                    System.nanoTime() + REQUEST_DEADLINE.toNanos());
            reading.remove(connection);
            if (request == null) {
                return; // too slow, too long or not HTTP: dropped
            }
            OutputStream out = connection.getOutputStream();
            if (!isGenuine(request)) {
                send(out, 400, "Bad Request", CallbackPage.notForThisSignIn());
            } else if (!arrived.complete(new Callback(request.query()))) {
                send(out, 409, "Conflict", CallbackPage.alreadyAnswered());
            } else {
                try {
                    send(out, 200, "OK", pageToShow());
                } finally {
                    answered.complete(null);
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            reading.remove(connection);
        }
    }

    private boolean isGenuine(CallbackRequest request) {
        return request.method().equals("GET") && request.path().equals(PATH) && request.host() != null
                && hosts.contains(request.host().toLowerCase(java.util.Locale.ROOT))
                && stateMatches.test(request.query().get("state"));
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

    private static void send(OutputStream out, int status, String reason, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
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
        listeners.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        reading.forEach(LoopbackReceiver::closeQuietly);
    }
}
