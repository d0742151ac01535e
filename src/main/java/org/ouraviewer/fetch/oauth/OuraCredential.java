package org.ouraviewer.fetch.oauth;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in to Oura: the user's app (client id and secret), the current token pair, when the access token
 * expires, and the servers that issued it (renewals go back to the same ones). {@link #toString} shows no
 * secret.
 *
 * @param expiresAt null when the server did not say; a 401 then tells
 * @param account   what the sign-in is for, as Oura names it (the e-mail address), or null
 */
public record OuraCredential(String clientId, String clientSecret, String accessToken, String refreshToken,
                             Instant expiresAt, String scope, URI authUrl, URI apiUrl, String account,
                             Instant signedInAt) {
    /** Renew a little before the end, so that a token never expires between the check and the request. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    public OuraCredential {
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(clientSecret);
        Objects.requireNonNull(accessToken);
        Objects.requireNonNull(refreshToken);
        Objects.requireNonNull(authUrl);
        Objects.requireNonNull(apiUrl);
        Objects.requireNonNull(signedInAt);
    }

    /** Whether the access token has expired at {@code now}, or will within the margin. */
    public boolean expired(Instant now) {
        return expiresAt != null && !now.plus(MARGIN).isBefore(expiresAt);
    }

    /** This sign-in with the pair a renewal answered; a server that does not rotate keeps the old refresh token. */
    OuraCredential renewed(TokenResponse answer, Instant now) {
        return new OuraCredential(clientId, clientSecret, answer.accessToken(),
                answer.refreshToken() != null ? answer.refreshToken() : refreshToken, answer.expiresAt(now),
                answer.scope() != null ? answer.scope() : scope, authUrl, apiUrl, account, signedInAt);
    }

    OuraCredential withAccount(String newAccount) {
        return new OuraCredential(clientId, clientSecret, accessToken, refreshToken, expiresAt, scope, authUrl,
                apiUrl, newAccount, signedInAt);
    }

    @Override
    public String toString() {
        return "OuraCredential[client " + clientId + ", " + (account == null ? "unknown account" : account)
                + ", expires " + expiresAt + "]";
    }
}
