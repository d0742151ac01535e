package org.ouraviewer.fetch;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a fetch gets the access token it sends: a fixed token (pasted, from a file or the environment), or
 * a stored sign-in that renews itself. Implementations never put a token in a message or a log.
 */
public interface AccessTokens {
    /** The token to send now; a stored sign-in whose token has expired renews it first. */
    String current() throws IOException;

    /**
     * The server refused {@code refused} (HTTP 401): a token to try once more, or empty when there is no
     * other (a fixed token). A sign-in renews itself unless another process already did.
     *
     * @throws FetchException with {@link FetchException.Reason#SIGN_IN_AGAIN} when the renewal is refused
     */
    Optional<String> renewedAfterRefusal(String refused) throws IOException;

    /**
     * The permissions the sign-in was granted (the token answer's space-separated {@code scope}); empty when
     * unknown, as for a pasted token, and then every kind is asked for.
     */
    default Optional<String> grantedScope() throws IOException {
        return Optional.empty();
    }

    /** A token given as it is, never renewed. */
    static AccessTokens fixed(String token) {
        return new AccessTokens() {
            @Override
            public String current() {
                return token;
            }

            @Override
            public Optional<String> renewedAfterRefusal(String refused) {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "AccessTokens[fixed]";
            }
        };
    }
}
