package org.ouraviewer.fetch.oauth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The head of one HTTP request to the loopback listener, read within a deadline: the method, the path, the
 * query and the {@code Host} header. A head that is too long, malformed or not complete in time is no
 * request ({@link #read} returns null), so a slow or silent client only ever costs its own connection.
 *
 * @param host the one {@code Host} header, or null when it was missing or given twice
 */
record CallbackRequest(String method, String path, Map<String, String> query, String host) {
    /** A browser's GET with a code, a state and some headers fits in a few kilobytes. */
    static final int MAX_HEAD = 16 * 1024;

    /**
     * Reads the request head from {@code socket}, giving up at {@code deadlineNanos} ({@link System#nanoTime}).
     *
     * @return null when the client sent no well-formed head in time
     */
    static CallbackRequest read(Socket socket, long deadlineNanos) throws IOException {
        byte[] head = readHead(socket, deadlineNanos);
        return head == null ? null : parseHead(new String(head, StandardCharsets.ISO_8859_1));
    }

    private static byte[] readHead(Socket socket, long deadlineNanos) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] buffer = new byte[2048];
        while (head.size() <= MAX_HEAD) {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (n < 0) {
                return null;
            }
            head.write(buffer, 0, n);
            byte[] sofar = head.toByteArray();
            int end = endOfHead(sofar);
            if (end >= 0) {
                return end > MAX_HEAD ? null : java.util.Arrays.copyOf(sofar, end);
            }
        }
        return null;
    }

    /** Where the blank line that ends the head starts, or -1. */
    private static int endOfHead(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && (b[i + 1] == '\n' || b[i + 1] == '\r' && i + 2 < b.length && b[i + 2] == '\n')) {
                return i;
            }
        }
        return -1;
    }

    static CallbackRequest parseHead(String head) {
        String[] lines = head.split("\r?\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith("/")) {
            return null;
        }
        String target = requestLine[1];
        int q = target.indexOf('?');
        String host = null;
        int hosts = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("host")) {
                host = lines[i].substring(colon + 1).strip();
                hosts++;
            }
        }
        return new CallbackRequest(requestLine[0], q < 0 ? target : target.substring(0, q),
                parse(q < 0 ? null : target.substring(q + 1)), hosts == 1 ? host : null);
    }

    /** The query's parameters; a parameter given twice is dropped (such a callback is not trusted). */
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

    @Override
    public String toString() {
        return "CallbackRequest[" + method + " " + path + " " + query.keySet() + "]"; // never the code
    }
}
