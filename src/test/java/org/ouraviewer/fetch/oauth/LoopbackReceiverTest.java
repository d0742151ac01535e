package org.ouraviewer.fetch.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouraviewer.work.TestThreads;

/**
 * The loopback listener against what anyone on the machine can send it: clients that trickle or send
 * nothing, requests with a wrong or missing state, another path or method, a foreign Host. None of them
 * ends the sign-in or keeps the genuine callback out. No test sleeps: a slow client is a socket that stays
 * open without finishing its request, and the genuine callback must arrive well inside the time a slow
 * client is allowed ({@link LoopbackReceiver#REQUEST_DEADLINE}).
 */
class LoopbackReceiverTest {
    static final String STATE = "the-state-of-this-sign-in";
    static final Duration WELL_INSIDE_THE_DEADLINE = LoopbackReceiver.REQUEST_DEADLINE.dividedBy(2);

    LoopbackReceiver receiver;
    final List<Socket> others = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        receiver = LoopbackReceiver.listen(0, STATE::equals, TestThreads.SHARED.background());
    }

    @AfterEach
    void close() throws IOException {
        receiver.close();
        for (Socket s : others) {
            s.close();
        }
    }

    @Test
    void slowAndSilentClientsCannotKeepTheGenuineCallbackOut() throws Exception {
        for (int i = 0; i < 3; i++) {
            Socket slow = open();
            slow.getOutputStream().write("GET /callback?st".getBytes(StandardCharsets.US_ASCII)); // and no more
            slow.getOutputStream().flush();
        }
        for (int i = 0; i < LoopbackReceiver.MAX_READING + 3; i++) {
            open(); // connects and says nothing
        }
        CompletableFuture<String> browser = request("GET /callback?code=the-code&state=" + STATE, "localhost");
        LoopbackReceiver.Callback callback = receiver.await(WELL_INSIDE_THE_DEADLINE);
        assertEquals("the-code", callback.get("code"));
        receiver.answer("<p>signed in</p>");
        String answer = browser.get(30, TimeUnit.SECONDS);
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.endsWith("<p>signed in</p>"), answer);
    }

    @Test
    void requestsNotFromTheBrowsersCallbackAre400AndTheWaitGoesOn() throws Exception {
        List<String> refused = List.of(
                "GET /callback?code=forged&state=wrong-state", // a wrong state
                "GET /callback?code=forged", // no state
                "GET /callback?code=forged&state=" + STATE + "&state=" + STATE, // state twice
                "POST /callback?code=forged&state=" + STATE, // another method
                "GET /callback/x?code=forged&state=" + STATE, // another path
                "GET /favicon.ico");
        for (String line : refused) {
            String answer = request(line, "localhost").get(30, TimeUnit.SECONDS);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), line + ": " + answer);
        }
        String rebound = request("GET /callback?code=forged&state=" + STATE, "evil.example").get(30, TimeUnit.SECONDS);
        assertTrue(rebound.startsWith("HTTP/1.1 400 "), "a foreign Host (DNS rebinding): " + rebound);
        String noHost = request("GET /callback?code=forged&state=" + STATE, null).get(30, TimeUnit.SECONDS);
        assertTrue(noHost.startsWith("HTTP/1.1 400 "), "no Host: " + noHost);

        CompletableFuture<String> browser = request("GET /callback?code=genuine&state=" + STATE, "127.0.0.1");
        assertEquals("genuine", receiver.await(WELL_INSIDE_THE_DEADLINE).get("code"), "only the genuine one arrived");
        receiver.answer("<p>ok</p>");
        assertTrue(browser.get(30, TimeUnit.SECONDS).startsWith("HTTP/1.1 200 "));
        String late = request("GET /callback?code=again&state=" + STATE, "localhost").get(30, TimeUnit.SECONDS);
        assertTrue(late.startsWith("HTTP/1.1 409 "), late);
    }

    @Test
    void aRequestHeadLongerThanABrowserSendsIsDropped() throws Exception {
        String answer = request("GET /callback?code=" + "x".repeat(CallbackRequest.MAX_HEAD) + "&state=" + STATE,
                "localhost").get(30, TimeUnit.SECONDS);
        assertEquals("", answer, "closed without an answer");
        assertFalse(receiverHasArrived());
    }

    private boolean receiverHasArrived() throws InterruptedException {
        try {
            receiver.await(Duration.ZERO);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private Socket open() throws IOException {
        Socket s = new Socket("127.0.0.1", receiver.port());
        others.add(s);
        return s;
    }

    /** Sends one request by hand (the JDK's client will not send a foreign Host) and reads the whole answer. */
    private CompletableFuture<String> request(String requestLine, String host) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = new Socket("127.0.0.1", receiver.port())) {
                String head = requestLine + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + ":"
                        + receiver.port() + "\r\n") + "User-Agent: test\r\n\r\n";
                s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                InputStream in = s.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
