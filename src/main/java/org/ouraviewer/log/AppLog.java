package org.ouraviewer.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.ouraviewer.io.AppDirs;

/**
 * The app's log: {@code oura-viewer-0.log} in the logs folder of the app's data folder, rotated at 1 MB
 * over three files (java.util.logging's FileHandler), where every unexpected error goes with its stack.
 * The file is opened on the first record, so a command that logs nothing writes nothing. The command line
 * logs to the file only (its stderr gets one sentence); the window also to the console. Code logs through
 * {@link System.Logger}, which the JDK routes here.
 */
public final class AppLog {
    static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    private static final int LIMIT_BYTES = 1_000_000;
    private static final int FILES = 3;
    private static Path folder;
    private static Handler installed;

    private AppLog() {
    }

    /** Sends the app's logging to the log folder of {@link AppDirs#logs()}; once per process. */
    public static synchronized void install(boolean console) {
        if (installed == null) {
            installed = installTo(AppDirs.logs(), console);
        }
    }

    /**
     * Logging into {@code logs} (tests use their own folder, and {@link #uninstall} after); returns the
     * handler added to the root logger.
     */
    public static synchronized Handler installTo(Path logs, boolean console) {
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        folder = logs;
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler && !console) {
                root.removeHandler(h);
            }
        }
        Handler file = new OpenedOnFirstRecord(logs);
        root.addHandler(file);
        return file;
    }

    /** Stops logging into a folder {@link #installTo} set up. */
    public static synchronized void uninstall(Handler handler) {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
        folder = null;
    }

    /** The log file last written, if there is one. */
    public static Optional<Path> file() {
        Path logs = folder != null ? folder : AppDirs.logs();
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .max(Comparator.comparing(AppLog::modified));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where to find the details, for the end of a sentence: "the log file /…/oura-viewer-0.log". */
    public static String where() {
        return file().map(f -> "the log file " + f).orElse("the log (which could not be written)");
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A rotating file handler made when the first record comes; nothing is logged if the folder cannot be made. */
    private static final class OpenedOnFirstRecord extends Handler {
        private final Path logs;
        private FileHandler file;
        private boolean failed;

        OpenedOnFirstRecord(Path logs) {
            this.logs = logs;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record) || failed) {
                return;
            }
            if (file == null) {
                try {
                    Files.createDirectories(logs);
                    file = new FileHandler(logs.resolve("oura-viewer-%g.log").toString(), LIMIT_BYTES, FILES, true);
                    file.setFormatter(new SimpleFormatter());
                    file.setLevel(Level.ALL);
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    return;
                }
            }
            file.publish(record);
            file.flush();
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }
}
