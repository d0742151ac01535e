package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ouraviewer.io.AppVersion;
import org.ouraviewer.log.AppLog;
import org.ouraviewer.text.Problems;
import org.ouraviewer.work.AppThreads;

/**
 * The headless side of the launcher ({@code CLI.md}). Nothing here touches JavaFX, so these commands run
 * without a display.
 */
public final class CommandLine {
    static final String USAGE = Commands.usage();

    /** A headless command: its arguments after the command word, stdout and stderr; returns the exit code. */
    @FunctionalInterface
    public interface Command {
        int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException;
    }

    private static final System.Logger LOG = System.getLogger(CommandLine.class.getName());
    private CommandLine() {
    }

    /** The commands' threads, made once in the process on first use (a command that needs none makes none). */
    static AppThreads threads() {
        return OneAppThreads.INSTANCE;
    }

    private static final class OneAppThreads {
        static final AppThreads INSTANCE = AppThreads.logging();
    }

    /**
     * Whether the arguments are for the command line rather than the window: a command, an option, or a
     * first word that is neither a command nor an existing file or folder (then {@link #run} says it is a
     * usage error instead of opening the window).
     */
    public static boolean isHeadless(String[] args) {
        return args.length > 0 && (Commands.named(args[0]).isPresent() || args[0].startsWith("-") || !exists(args[0]));
    }

    private static boolean exists(String word) {
        try {
            return !word.isBlank() && Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Why the window cannot open here, in one sentence, or empty: on Linux and the BSDs it needs an X11 or
     * Wayland display, which cron, ssh and systemd sessions do not have.
     */
    public static Optional<String> whyNoWindow(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.startsWith("windows") && !os.startsWith("mac");
        if (needsDisplay && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(NO_WINDOW + "there is no display here (DISPLAY is not set). " + HEADLESS_WORKS);
        }
        return Optional.empty();
    }

    /** The window failed to open although a display was set: one sentence, the stack in the log. */
    public static String windowFailed(Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "The window could not open", error);
        return NO_WINDOW + "the display refused it (" + Problems.printable(String.valueOf(error.getMessage()))
                + "). " + HEADLESS_WORKS + " The details are in " + AppLog.where() + ".";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final String NO_WINDOW = "oura-viewer: the window cannot open: ";
    private static final String HEADLESS_WORKS = Commands.headlessWorks();

    /** The usage error for a first word that is no command: "did you mean …" when one is close. */
    private static String unknown(String word) {
        String shown = "\"" + Problems.printable(word) + "\"";
        if (word.startsWith("-")) {
            return "unknown option " + shown;
        }
        String meant = Suggestions.closest(word, Commands.names()).map(c -> "; did you mean \"" + c + "\"?")
                .orElse("; the commands are " + String.join(", ", Commands.names()));
        return "unknown command " + shown + ", and no file or folder of that name" + meant;
    }

    /**
     * The command line's crash path: the stack goes to the log file only, stderr gets one sentence that
     * says where it is, and the exit code is 1.
     */
    static int unexpected(String command, Throwable error, PrintStream err) {
        try {
            LOG.log(System.Logger.Level.ERROR, "oura-viewer " + command + " stopped on an unexpected error", error);
        } catch (RuntimeException | Error ignored) {
            // with the log gone too, the sentence below is all there is
        }
        String what = error instanceof OutOfMemoryError ? "ran out of memory (a larger -Xmx may help)"
                : "stopped on an error it did not expect";
        err.println("oura-viewer: " + Problems.printable(command) + " " + what + "; the details are in "
                + AppLog.where() + ".");
        return ExitCode.INCOMPLETE;
    }

    /**
     * Runs the command of {@code args[0]} and returns its exit code (CLI.md). Every failure is one sentence on
     * {@code err}; output that could not be written (a full disk, a closed pipe) makes the code at least 1.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int code = runCommand(args, out, err);
        if (out.checkError()) {
            err.println("oura-viewer: the output could not be written (the disk may be full, or what reads it"
                    + " stopped reading).");
            err.flush();
            return code == ExitCode.OK ? ExitCode.INCOMPLETE : code;
        }
        return code;
    }

    private static int runCommand(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        if (args[0].equals("--version")) {
            out.println("oura-viewer " + AppVersion.current());
            return ExitCode.OK;
        }
        Command command = Commands.named(args[0]).map(Commands.Registered::run).orElse(null);
        try {
            if (command == null) {
                throw new UsageException(unknown(args[0]));
            }
            return command.run(List.of(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("oura-viewer: " + e.getMessage() + " (see oura-viewer --help)");
            return ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("oura-viewer: " + Problems.describe(e) + ".");
            return ExitCode.INCOMPLETE;
        } catch (RuntimeException | Error e) {
            return unexpected(args[0], e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
