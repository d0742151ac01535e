package org.ouraviewer.fetch.oauth;

import java.time.Instant;

/**
 * A token endpoint's answer. {@link #toString} shows no token.
 *
 * @param refreshToken null when the server keeps the old one
 * @param expiresIn    seconds, or -1 when not given
 */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, String scope) {
    Instant expiresAt(Instant now) {
        return expiresIn < 0 ? null : now.plusSeconds(expiresIn);
    }

    @Override
    public String toString() {
        return "TokenResponse[expires in " + expiresIn + " s]";
    }
}
