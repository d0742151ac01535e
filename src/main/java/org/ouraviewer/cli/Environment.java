package org.ouraviewer.cli;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Predicate;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.work.AppThreads;

/**
 * What the commands that talk to servers take from around them: environment variables, where the sign-in
 * is stored, how patiently to retry, the zone of "today", whether stderr is a terminal (for a countdown
 * that rewrites its line), how to open a browser, and the threads to run on. Tests give their own.
 *
 * @param browser opens the address in the user's browser; false when it could not
 * @param threads the command's threads (the sign-in's listener); the retry policy's deadlines run on them too
 */
record Environment(Map<String, String> variables, CredentialStore credentials, RetryPolicy retryPolicy,
                   ZoneId zone, boolean terminal, Predicate<URI> browser, AppThreads threads) {
    static Environment system() {
        AppThreads threads = CommandLine.threads();
        return new Environment(System.getenv(), CredentialStore.standard(), RetryPolicy.standard(threads.scheduler()),
                ZoneId.systemDefault(), System.console() != null, SystemBrowser::open, threads);
    }

    String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
