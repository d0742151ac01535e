package org.ouraviewer.fetch;

import java.io.IOException;

/**
 * A fetch that could not go on. The message is one sentence for the user saying what happened and what
 * to do; it never contains the token or a URL that carries it. An {@link IOException} so that it passes
 * through {@link org.ouraviewer.io.AtomicFiles} writers, which then leave the old file in place.
 */
public final class FetchException extends IOException {
    /** Why the fetch stopped; the command line maps it to an exit code. */
    public enum Reason {
        /** The server refused the token or the account (401, 403, 426): a new token or an app update helps. */
        REFUSED,
        /** The stored sign-in can no longer be renewed (a refused refresh): the user must sign in again. */
        SIGN_IN_AGAIN,
        /** The route does not exist here (404): the kind is skipped. */
        NOT_FOUND,
        /** Network or server failure after retries, or an answer that could not be understood. */
        FAILED,
        /** A file already in the folder could not be read: that kind is left alone, the others go on. */
        LOCAL_FILE
    }

    private final Reason reason;
    private final int status;

    public FetchException(Reason reason, String message) {
        this(reason, 0, message);
    }

    /** @param status the HTTP status that caused it, or 0 */
    public FetchException(Reason reason, int status, String message) {
        super(message, null);
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status the server answered with, or 0 when the failure was not an answer. */
    public int status() {
        return status;
    }
}
