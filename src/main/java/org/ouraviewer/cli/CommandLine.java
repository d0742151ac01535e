package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ouraviewer.log.AppLog;
import org.ouraviewer.text.Problems;

/**
 * The headless side of the launcher ({@code CLI.md}). Nothing here touches JavaFX, so these commands run
 * without a display.
 */
public final class CommandLine {
    public static final String VERSION = CommandLine.class.getPackage().getImplementationVersion() != null
            ? CommandLine.class.getPackage().getImplementationVersion() : "0.1.0";

    static final String USAGE = """
            Usage:
              oura-viewer                                   open the window
              oura-viewer PATH...                           open the window with these files, folders or .zip loaded
              oura-viewer summary PATH... [--json]          what was found
              oura-viewer night DAY PATH... [--json]        the sleep periods of one day
              oura-viewer export-night DAY PATH... --out FILE [--width W] [--height H]
              oura-viewer fetch --out DIR [--source oura|openhumans] [--token-file F] [--start DAY] [--end DAY] [--base-url URL]
              oura-viewer trends PATH... [--metric M]... [--from DAY] [--to DAY] [--window N] [--json]
              oura-viewer tag-effects PATH... [--metric M] [--lag N] [--json]
              oura-viewer export-trends PATH... --out FILE [--metric M]... [--from DAY] [--to DAY] [--width W] [--height H]
              oura-viewer median-night PATH... [--from DAY] [--to DAY] [--tag T] [--json]
              oura-viewer export-nights PATH... --out FILE [--from DAY] [--to DAY] [--view actogram|overlay] [--tag T] [--width W] [--height H]
              oura-viewer --help | --version

            PATH is a file, a folder (searched for .json and .zip) or a .zip. DAY is YYYY-MM-DD.
            M is a day metric: sleep_score (the default), readiness_score, activity_score, steps, total_sleep_s,
            deep_sleep_s, rem_sleep_s, efficiency, lowest_hr, average_hrv, average_breath,
            temperature_deviation, bedtime_min, spo2, stress_high_s. T is a tag as the Tags tab names it.
            Exit codes: 0 success, 1 some input unreadable or nothing for that day, 2 usage error,
            3 authentication refused, 4 network or server failure.
            """;

    /** A headless command: its arguments after the command word, stdout and stderr; returns the exit code. */
    @FunctionalInterface
    public interface Command {
        int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException;
    }

    private static final System.Logger LOG = System.getLogger(CommandLine.class.getName());
    private static final Map<String, Command> COMMANDS = new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("summary", SummaryCommand::run);
        COMMANDS.put("night", NightCommand::run);
        COMMANDS.put("export-night", ExportNightCommand::run);
        COMMANDS.put("fetch", FetchCommand::run);
        COMMANDS.put("trends", TrendsCommand::run);
        COMMANDS.put("tag-effects", TagEffectsCommand::run);
        COMMANDS.put("export-trends", ExportTrendsCommand::run);
        COMMANDS.put("median-night", MedianNightCommand::run);
        COMMANDS.put("export-nights", ExportNightsCommand::run);
    }

    private CommandLine() {
    }

    /** Whether the arguments ask for a headless command rather than the window. */
    public static boolean isHeadless(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].startsWith("-"));
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

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        if (args[0].equals("--version")) {
            out.println("oura-viewer " + VERSION);
            return ExitCode.OK;
        }
        Command command = COMMANDS.get(args[0]);
        try {
            if (command == null) {
                throw new UsageException("unknown command or option " + args[0]);
            }
            return command.run(List.of(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("oura-viewer: " + e.getMessage() + " (see oura-viewer --help)");
            return ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("oura-viewer: " + (e.getMessage() == null ? "could not write the output" : e.getMessage()));
            return ExitCode.INCOMPLETE;
        } catch (RuntimeException | Error e) {
            return unexpected(args[0], e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
