package org.ouraviewer.cli;

/** The exit codes of CLI.md. */
public final class ExitCode {
    public static final int OK = 0;
    /** Some input could not be read (the rest was still used), or nothing for that day. */
    public static final int INCOMPLETE = 1;
    public static final int USAGE = 2;
    /** Authentication refused (401/403). */
    public static final int AUTH = 3;
    /** Network or server failure after retries. */
    public static final int NETWORK = 4;

    private ExitCode() {
    }
}
