package org.ouraviewer.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ouraviewer.metrics.DayMetric;

/**
 * Every headless command, registered once: its word, its usage line, what it does and what runs it. The help
 * text, "did you mean …" and the sentence shown where the window cannot open all derive from this list, so a
 * new command is one line here ({@code CLI.md} lists the same commands).
 */
final class Commands {
    /**
     * One command.
     *
     * @param name    the word after {@code oura-viewer}
     * @param usage   its arguments as the help shows them
     * @param purpose what it does, in a few words (shown beside a short usage line; empty: none)
     */
    record Registered(String name, String usage, String purpose, CommandLine.Command run) {
    }

    static final List<Registered> ALL = List.of(
            new Registered("summary", "PATH... [--json]", "what was found", SummaryCommand::run),
            new Registered("night", "DAY PATH... [--json]", "the sleep periods of one day", NightCommand::run),
            new Registered("export-night", "DAY PATH... --out FILE [--width W] [--height H]", "",
                    ExportNightCommand::run),
            new Registered("day", "DAY PATH... [--json]", "the activity day: classes, MET, heart rate, workouts,"
                    + " sessions, tags, stress", DayCommand::run),
            new Registered("fetch", "--out DIR [--source oura|openhumans] [--token-file F] [--start DAY] [--end DAY]"
                    + " [--base-url URL]", "", FetchCommand::run),
            new Registered("trends", "PATH... [--metric M]... [--from DAY] [--to DAY] [--window N] [--json]", "",
                    TrendsCommand::run),
            new Registered("tag-effects", "PATH... [--metric M] [--lag N] [--json]", "", TagEffectsCommand::run),
            new Registered("export-trends", "PATH... --out FILE [--metric M]... [--from DAY] [--to DAY] [--width W]"
                    + " [--height H]", "", ExportTrendsCommand::run),
            new Registered("median-night", "PATH... [--from DAY] [--to DAY] [--tag T] [--json]", "",
                    MedianNightCommand::run),
            new Registered("export-nights", "PATH... --out FILE [--from DAY] [--to DAY] [--view actogram|overlay]"
                    + " [--tag T] [--width W] [--height H]", "", ExportNightsCommand::run),
            new Registered("login", "[--client-id ID] [--client-secret-file F] [--port N] [--no-browser]"
                    + " [--auth-url URL] [--base-url URL]", "", LoginCommand::run),
            new Registered("logout", "", "", LogoutCommand::run));

    /** Where the purposes start in the help text. */
    private static final int PURPOSE_COLUMN = 48;

    private Commands() {
    }

    static Optional<Registered> named(String word) {
        return ALL.stream().filter(c -> c.name().equals(word)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(Registered::name).toList();
    }

    /** {@code --help}: the usage lines of the window and of every command, then what the words mean. */
    static String usage() {
        StringBuilder text = new StringBuilder("Usage:\n");
        line(text, "oura-viewer", "open the window");
        line(text, "oura-viewer PATH...", "open the window with these files, folders or .zip loaded");
        for (Registered c : ALL) {
            line(text, ("oura-viewer " + c.name() + " " + c.usage()).strip(), c.purpose());
        }
        line(text, "oura-viewer --help | --version", "");
        text.append("\nPATH is a file, a folder (searched for .json, .csv and .zip) or a .zip. DAY is YYYY-MM-DD.\n");
        text.append(wrap("M is a day metric: " + Arrays.stream(DayMetric.values()).map(DayMetric::id)
                .collect(Collectors.joining(", ")) + " (sleep_score is the default). T is a tag as the Tags tab names"
                + " it.", 104));
        text.append("Exit codes: 0 success, 1 some input unreadable or nothing for that day, 2 usage error,\n"
                + "3 authentication refused, 4 network or server failure.\n");
        return text.toString();
    }

    /** The sentence that points to the commands where the window cannot open. */
    static String headlessWorks() {
        List<String> names = names();
        return "The commands " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1) + " work without a display (see oura-viewer --help).";
    }

    private static void line(StringBuilder text, String usage, String purpose) {
        text.append("  ").append(usage);
        if (!purpose.isEmpty()) {
            text.append(" ".repeat(Math.max(1, PURPOSE_COLUMN - 2 - usage.length()))).append(purpose);
        }
        text.append('\n');
    }

    /** {@code words} broken into lines of at most {@code width} characters at spaces. */
    static String wrap(String words, int width) {
        StringBuilder text = new StringBuilder();
        int lineStart = 0;
        for (String word : words.split(" ")) {
            if (text.length() > lineStart && text.length() - lineStart + 1 + word.length() > width) {
                text.append('\n');
                lineStart = text.length();
            } else if (text.length() > lineStart) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.append('\n').toString();
    }
}
