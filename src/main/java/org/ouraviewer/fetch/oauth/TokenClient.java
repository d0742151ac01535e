package org.ouraviewer.fetch.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.RequestDeadline;
import org.ouraviewer.work.Scheduler;

/**
 * The token endpoint: a code exchanged once for a token pair, a refresh token for the next pair. One
 * attempt each, never retried: a code is single-use, and a refresh that reached the server has already
 * spent its refresh token. The secrets go only in the POST body; messages name the server's error code
 * ({@code invalid_grant}) and nothing the server or the user sent.
 */
final class TokenClient {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ANSWER = 64 * 1024;
    private static final int MAX_TOKEN = 8 * 1024;
    private static final Pattern BEARER = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

    /** A token endpoint refused (HTTP 400 or 401 with an OAuth {@code error}). */
    static final class Refused extends Exception {
        private final String error;

        Refused(String error) {
            super(error, null, false, false);
            this.error = error;
        }

        /** The OAuth error code ({@code invalid_grant}, {@code invalid_client}, …), or "unknown". */
        String error() {
            return error;
        }
    }

    private final HttpClient http;
    private final Scheduler deadlines;

    TokenClient(HttpClient http, Scheduler deadlines) {
        this.http = http;
        this.deadlines = deadlines;
    }

    static TokenClient standard(Scheduler deadlines) {
        return new TokenClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build(), deadlines);
    }

    TokenResponse exchange(URI endpoint, String code, URI redirectUri, String clientId, String clientSecret,
                           String verifier) throws IOException, Refused {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("code_verifier", verifier);
        TokenResponse answer = post(endpoint, form);
        if (answer.refreshToken() == null) {
            throw new FetchException(FetchException.Reason.FAILED, "Oura's answer to the sign-in has no refresh"
                    + " token, so the sign-in could not be kept; sign in again.");
        }
        return answer;
    }

    TokenResponse refresh(URI endpoint, OuraCredential c) throws IOException, Refused {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", c.refreshToken());
        form.put("client_id", c.clientId());
        form.put("client_secret", c.clientSecret());
        return post(endpoint, form);
    }

    private TokenResponse post(URI endpoint, Map<String, String> form) throws IOException, Refused {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").header("User-Agent", "oura-viewer")
                .POST(HttpRequest.BodyPublishers.ofString(OAuthServers.form(form))).build();
        HttpResponse<InputStream> response;
        JsonNode body;
        try {
            response = RequestDeadline.send(http, request, TIMEOUT, deadlines);
            try (InputStream in = response.body()) {
                body = parse(in.readNBytes(MAX_ANSWER));
            }
        } catch (HttpTimeoutException e) {
            throw failed("did not answer within " + TIMEOUT.toSeconds() + " s; try again later.");
        } catch (ConnectException e) {
            throw failed("could not be reached (no network, or the connection was refused); check the network"
                    + " connection, then try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("sign-in cancelled");
        }
        int status = response.statusCode();
        if (status == 200 && body != null && body.path("access_token").isTextual()) {
            JsonNode refresh = body.get("refresh_token");
            JsonNode expires = body.get("expires_in");
            String accessToken = body.get("access_token").asText();
            String refreshToken = refresh != null && refresh.isTextual() ? refresh.asText() : null;
            if (!isBearerToken(accessToken) || refreshToken != null && !FetchRequest.isSendable(refreshToken)) {
                throw new FetchException(FetchException.Reason.SIGN_IN_AGAIN, "Oura's sign-in server answered with"
                        + " a token that holds spaces, line breaks or other characters a token cannot have, so it"
                        + " was neither stored nor used; sign in again.");
            }
            return new TokenResponse(accessToken, refreshToken,
                    expires != null && expires.canConvertToLong() ? expires.asLong() : -1,
                    body.path("scope").isTextual() ? body.get("scope").asText() : null);
        }
        if ((status == 400 || status == 401) && body != null) {
            String error = body.path("error").asText("");
            throw new Refused(error.matches("[a-z_]{1,40}") ? error : "unknown");
        }
        throw failed("answered with HTTP " + status + " instead of a token; try again later.");
    }

    /**
     * Whether an access token can be sent as it is in {@code Authorization: Bearer}: RFC 6750's b64token
     * (letters, digits, {@code -._~+/}, then {@code =} padding). Anything else, a line break above all,
     * would be refused by the HTTP client with a message quoting it, at every request.
     */
    static boolean isBearerToken(String token) {
        return token.length() <= MAX_TOKEN && BEARER.matcher(token).matches();
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JsonMapper.builder().build().readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static FetchException failed(String what) {
        return new FetchException(FetchException.Reason.FAILED, "Oura's sign-in server " + what);
    }
}
