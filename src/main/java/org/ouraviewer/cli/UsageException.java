package org.ouraviewer.cli;

/** The command line's words are off: exit code 2 with the message and a pointer to --help. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
