package org.ouraviewer.work;

/** The tests' one set of real threads (errors to the log), for what a test does not time itself. */
public final class TestThreads {
    public static final AppThreads SHARED = AppThreads.logging();

    private TestThreads() {
    }
}
