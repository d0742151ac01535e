package org.ouraviewer.fetch.oauth;

import java.net.URI;

/**
 * The user's own app registered at developer.ouraring.com, as far as it is not secret: its client id, and
 * the port of the redirect URI registered with it ({@code http://localhost:PORT/callback}).
 *
 * @param port the redirect URI's port; 0 listens on any free port (only where any port is accepted: tests)
 */
public record OuraApp(String clientId, int port) {
    public static final int DEFAULT_PORT = 8080;
    /** Where users register their app. */
    public static final URI REGISTRATION = URI.create("https://developer.ouraring.com/applications");

    public OuraApp {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 1 and 65535, not " + port);
        }
        clientId = clientId == null ? "" : clientId.strip();
    }

    /** The redirect URI to register, exactly (the port included). */
    public static URI redirectUri(int port) {
        return URI.create("http://localhost:" + port + "/callback");
    }

    public URI redirectUri() {
        return redirectUri(port);
    }
}
