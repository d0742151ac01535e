package org.ouraviewer.fetch.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time secrets of a sign-in (RFC 7636, RFC 6749 §10.12): the PKCE verifier, whose SHA-256 goes to
 * the authorize URL as the challenge and which only the token request reveals, and a random
 * {@code state} that the redirect must bring back. {@link #toString} shows neither secret.
 */
record Pkce(String verifier, String challenge, String state) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static Pkce random() {
        String verifier = randomText(32); // 43 characters, the shortest RFC 7636 allows has 256 bits
        return new Pkce(verifier, challengeOf(verifier), randomText(24));
    }

    /** BASE64URL(SHA-256(verifier)) without padding: the S256 method. */
    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code returned} is this sign-in's state, compared in constant time. */
    boolean stateMatches(String returned) {
        return returned != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                returned.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomText(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public String toString() {
        return "Pkce[S256]";
    }
}
