package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.log.AppLog;

/** The command line's crash path: one sentence on stderr with the log file, exit 1, the stack only in the log. */
class UnexpectedErrorTest {
    @TempDir
    Path logs;

    @Test
    void anUnexpectedErrorIsOneSentenceAndTheStackGoesToTheLog() throws Exception {
        Handler log = AppLog.installTo(logs, false);
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = CommandLine.unexpected("night", new IllegalStateException("a bug"),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(ExitCode.INCOMPLETE, code);
            Path file = logs.resolve("oura-viewer-0.log");
            assertEquals("oura-viewer: night stopped on an error it did not expect; the details are in the log file "
                    + file + ".\n", err.toString(StandardCharsets.UTF_8));
            String logged = Files.readString(file);
            assertTrue(logged.contains("java.lang.IllegalStateException: a bug"), logged);
            assertTrue(logged.contains("at org.ouraviewer.cli.UnexpectedErrorTest"), logged);

            err.reset();
            CommandLine.unexpected("export-night", new OutOfMemoryError("Java heap space"),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("oura-viewer: export-night ran out of memory"));
        } finally {
            AppLog.uninstall(log);
        }
    }
}
