package org.ouraviewer.fetch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Oura's authorization server as the tests need it, served by {@link FakeOuraServer}: authorize (which
 * redirects at once, as if the user had allowed access), the token endpoint with PKCE checked, codes used
 * once, refresh tokens that rotate and die when used, and the legacy token endpoint. Tokens are random, so
 * a test can look for them in every file and output.
 */
public final class FakeOuraAuth {
    public static final String CLIENT_ID = "client-4c1d-viewer";
    public static final String EMAIL = "sleeper@example.org";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A code handed out by authorize: what its exchange must match. */
    private record Grant(String challenge, String redirectUri) {
    }

    public final String clientSecret = "secret-" + random();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    /** Every token, code and verifier this server handed out or received: none may appear outside the store. */
    public final Set<String> secretsSeen = ConcurrentHashMap.newKeySet();
    public final AtomicInteger exchanges = new AtomicInteger();
    public final AtomicInteger refreshes = new AtomicInteger();
    public final AtomicInteger legacyRefreshes = new AtomicInteger();
    public final AtomicInteger pkceVerified = new AtomicInteger();
    private volatile long expiresIn = 86_400;
    private volatile boolean deny;
    private volatile boolean legacyApp;
    private volatile String insideTokens = "";
    private volatile CountDownLatch refreshGate;
    private volatile CountDownLatch refreshArrived;

    private static String random() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The access tokens this server issues from now on expire after {@code seconds}. */
    public FakeOuraAuth expiresIn(long seconds) {
        expiresIn = seconds;
        return this;
    }

    /** The next authorize answers {@code error=access_denied}, as when the user says no. */
    public FakeOuraAuth deny() {
        deny = true;
        return this;
    }

    /**
     * The access tokens issued from now on hold {@code text} in their middle (a line break, a space), as a
     * broken or hostile token server might send them.
     */
    public FakeOuraAuth tokensHolding(String text) {
        insideTokens = text;
        return this;
    }

    /** An app of the old portal: the new token endpoint refuses its refreshes, the legacy one takes them. */
    public FakeOuraAuth legacyApp() {
        legacyApp = true;
        return this;
    }

    /** Refreshes wait until {@link #openRefreshes()}; {@link #awaitRefreshArrived()} sees the first one come in. */
    public FakeOuraAuth holdRefreshes() {
        refreshGate = new CountDownLatch(1);
        refreshArrived = new CountDownLatch(1);
        return this;
    }

    public void openRefreshes() {
        refreshGate.countDown();
    }

    public boolean awaitRefreshArrived() throws InterruptedException {
        return refreshArrived.await(30, TimeUnit.SECONDS);
    }

    /** The user revoked the app: every refresh token and access token stops working. */
    public void revoke() {
        refreshTokens.clear();
        accessTokens.clear();
    }

    /** The access tokens stop working (as when they expire early); refresh tokens stay good. */
    public void expireAccessTokens() {
        accessTokens.clear();
    }

    boolean accepts(String accessToken) {
        return accessTokens.contains(accessToken);
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/oauth/v2/ext/oauth-authorize") && ex.getRequestMethod().equals("GET")) {
                authorize(ex, FakeOuraServer.parse(ex.getRequestURI().getRawQuery()));
            } else if (path.equals("/oauth/v2/ext/oauth-token") && ex.getRequestMethod().equals("POST")) {
                token(ex, form(ex), false);
            } else if (path.equals("/oauth/token") && ex.getRequestMethod().equals("POST")) {
                token(ex, form(ex), true);
            } else {
                FakeOuraServer.send(ex, 404, "{\"detail\":\"Not Found\"}", Map.of());
            }
        }
    }

    private void authorize(HttpExchange ex, Map<String, String> q) throws IOException {
        String redirect = q.get("redirect_uri");
        boolean wellFormed = "code".equals(q.get("response_type")) && CLIENT_ID.equals(q.get("client_id"))
                && "S256".equals(q.get("code_challenge_method")) && q.get("code_challenge") != null
                && q.get("state") != null && redirect != null && redirect.matches("http://localhost:\\d+/callback")
                && List.of(q.getOrDefault("scope", "").split(" ")).containsAll(List.of("extapi:email",
                "extapi:personal", "extapi:daily", "extapi:heartrate", "extapi:workout", "extapi:tag", "extapi:session",
                "extapi:spo2", "extapi:ring_configuration", "extapi:stress", "extapi:heart_health"));
        if (!wellFormed) {
            FakeOuraServer.send(ex, 400, "{\"detail\":\"bad authorize request\"}", Map.of());
            return;
        }
        String state = java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
        String location;
        if (deny) {
            deny = false;
            location = redirect + "?error=access_denied&state=" + state;
        } else {
            String code = "code-" + random();
            secretsSeen.add(code);
            codes.put(code, new Grant(q.get("code_challenge"), redirect));
            location = redirect + "?code=" + code + "&state=" + state;
        }
        ex.getResponseHeaders().add("Location", URI.create(location).toString());
        ex.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange ex, Map<String, String> form, boolean legacy) throws IOException {
        if (!CLIENT_ID.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            FakeOuraServer.send(ex, 401, "{\"error\":\"invalid_client\"}", Map.of());
            return;
        }
        String grantType = form.getOrDefault("grant_type", "");
        if (grantType.equals("authorization_code") && !legacy) {
            exchanges.incrementAndGet();
            secretsSeen.add(form.getOrDefault("code_verifier", ""));
            Grant grant = codes.remove(form.getOrDefault("code", "")); // single use, even when refused
            boolean pkce = grant != null && grant.challenge().equals(challengeOf(form.getOrDefault("code_verifier", "")));
            if (grant == null || !pkce || !grant.redirectUri().equals(form.get("redirect_uri"))) {
                FakeOuraServer.send(ex, 400, "{\"error\":\"invalid_grant\"}", Map.of());
                return;
            }
            pkceVerified.incrementAndGet();
            issue(ex);
        } else if (grantType.equals("refresh_token")) {
            refresh(ex, form.getOrDefault("refresh_token", ""), legacy);
        } else {
            FakeOuraServer.send(ex, 400, "{\"error\":\"unsupported_grant_type\"}", Map.of());
        }
    }

    private void refresh(HttpExchange ex, String refreshToken, boolean legacy) throws IOException {
        if (legacyApp != legacy) {
            FakeOuraServer.send(ex, 400, "{\"error\":\"invalid_grant\"}", Map.of());
            return;
        }
        CountDownLatch arrived = refreshArrived;
        if (arrived != null) {
            arrived.countDown();
            try {
                refreshGate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!refreshTokens.remove(refreshToken)) { // single use: a second use of the same token is refused
            FakeOuraServer.send(ex, 400, "{\"error\":\"invalid_grant\"}", Map.of());
            return;
        }
        (legacy ? legacyRefreshes : refreshes).incrementAndGet();
        issue(ex);
    }

    private void issue(HttpExchange ex) throws IOException {
        String access = "access-" + random() + insideTokens + random();
        String refresh = "refresh-" + random();
        accessTokens.add(access);
        refreshTokens.add(refresh);
        secretsSeen.add(access);
        secretsSeen.add(refresh);
        ObjectNode body = FakeOuraServer.MAPPER.createObjectNode();
        body.put("access_token", access);
        body.put("refresh_token", refresh);
        body.put("expires_in", expiresIn);
        body.put("token_type", "bearer");
        FakeOuraServer.send(ex, 200, body.toString(), Map.of());
    }

    private static Map<String, String> form(HttpExchange ex) throws IOException {
        return FakeOuraServer.parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
