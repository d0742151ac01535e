package org.ouraviewer.io.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small system command that answers at once and prints a line or two: what it printed (both
 * streams, whatever its exit code, since some answer with an error), or nothing when the program is missing
 * or does not end in time (then it is killed). Blocks the calling thread up to the time limit: never call it
 * on the FX thread.
 */
final class ShortCommand {
    /** Far more than these commands take (tens of milliseconds), little enough that a hung one costs nothing. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private ShortCommand() {
    }

    static Optional<String> output(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty(); // not installed here, or not allowed: no answer
        }
        try (OutputStream stdin = process.getOutputStream()) {
            // nothing to say to it: closing its input ends any wait for some
        } catch (IOException e) {
            // it may have ended already; that is fine
        }
        try {
            if (!process.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(printed(process.getInputStream()));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * What lies in the pipe now. The command has ended, so all it printed is there; reading only what is
     * available never blocks, even if a child it left behind holds the pipe open.
     */
    private static String printed(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(Math.max(0, in.available()));
            return new String(bytes, Charset.defaultCharset());
        }
    }
}
