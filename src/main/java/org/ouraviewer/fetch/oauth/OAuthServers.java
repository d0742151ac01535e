package org.ouraviewer.fetch.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Oura's OAuth2 endpoints (DATA.md, "Getting a token in 2026"): authorize and token on the
 * authorization server ({@code https://moi.ouraring.com}), and the legacy token endpoint on the API
 * server ({@code https://api.ouraring.com/oauth/token}) that old-portal apps may still need for renewals.
 *
 * @param auth the authorization server (replaced by {@code --auth-url} in tests and behind proxies)
 * @param api  the API server (replaced by {@code --base-url})
 */
public record OAuthServers(URI auth, URI api) {
    public static final URI DEFAULT_AUTH = URI.create("https://moi.ouraring.com");
    /** Every kind the viewer reads; scopes of apps from the new portal. */
    static final String SCOPES = "extapi:email extapi:personal extapi:daily extapi:heartrate extapi:workout"
            + " extapi:tag extapi:session extapi:spo2 extapi:ring_configuration extapi:stress extapi:heart_health";

    URI authorize() {
        return resolve(auth, "/oauth/v2/ext/oauth-authorize");
    }

    URI token() {
        return resolve(auth, "/oauth/v2/ext/oauth-token");
    }

    URI legacyToken() {
        return resolve(api, "/oauth/token");
    }

    URI personalInfo() {
        return resolve(api, "/v2/usercollection/personal_info");
    }

    /** The address the browser opens. It holds nothing secret: the state and challenge are public by design. */
    URI authorizeUrl(String clientId, URI redirectUri, Pkce pkce) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", clientId);
        q.put("redirect_uri", redirectUri.toString());
        q.put("scope", SCOPES);
        q.put("state", pkce.state());
        q.put("code_challenge", pkce.challenge());
        q.put("code_challenge_method", "S256");
        return URI.create(authorize() + "?" + form(q));
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    private static URI resolve(URI base, String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }
}
