package org.ouraviewer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.FetchResult;
import org.ouraviewer.fetch.SavedFile;

/**
 * A fetch's progress on stderr: one line per kind saved or skipped, per note, and per wait, with a
 * countdown: rewritten each second on a terminal, a line every 10 seconds in a log.
 */
final class FetchProgressPrinter implements FetchProgress {
    private final PrintStream err;
    private final boolean terminal;
    private final List<SavedFile> saved = new ArrayList<>();
    private boolean countdownLine;
    private long announced;

    FetchProgressPrinter(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** What was saved before the fetch stopped. */
    FetchResult soFar(Path folder) {
        return new FetchResult(folder, saved, List.of());
    }

    @Override
    public synchronized void saved(SavedFile file) {
        endCountdown();
        saved.add(file);
        if (file.total() < 0) {
            err.printf("  %s: saved as received%n", file.name());
        } else {
            err.printf("  %s: %,d received, %,d new, %,d in %s%n", file.name(), file.received(), file.added(),
                    file.total(), file.path().getFileName());
        }
    }

    @Override
    public synchronized void skipped(String name, String why) {
        endCountdown();
        err.printf("  %s: %s%n", name, why);
    }

    @Override
    public synchronized void note(String what) {
        endCountdown();
        err.printf("  %s%n", what);
    }

    @Override
    public synchronized void waiting(String why, Duration delay) {
        endCountdown();
        announced = seconds(delay);
        err.printf("  %s; trying again in %d s%n", why, announced);
    }

    @Override
    public synchronized void waitingLeft(Duration left) {
        long s = seconds(left);
        if (terminal) {
            err.printf("\r  trying again in %d s   ", s);
            countdownLine = true;
        } else if (s % 10 == 0 && s != announced) {
            err.printf("  trying again in %d s%n", s);
        }
    }

    private void endCountdown() {
        if (countdownLine) {
            err.println();
            countdownLine = false;
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
