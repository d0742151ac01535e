package org.ouraviewer.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.text.Problems;

/** The words after the command: positionals, switches ({@code --json}) and options with a value. */
public final class Arguments {
    private final List<String> positionals = new ArrayList<>();
    private final Set<String> switchesSeen = new java.util.HashSet<>();
    /** Every value given for each option, in order: {@code --metric} may be repeated. */
    private final Map<String, List<String>> options = new HashMap<>();

    private Arguments() {
    }

    /**
     * @param switches options without a value, such as {@code --json}
     * @param valued   options followed by a value, such as {@code --out}
     */
    public static Arguments parse(List<String> args, Set<String> switches, Set<String> valued) throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (switches.contains(name) && value == null) {
                    a.switchesSeen.add(name);
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    a.options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } else if (switches.contains(name)) {
                    throw new UsageException(name + " takes no value");
                } else {
                    throw new UsageException("unknown option " + name);
                }
            } else {
                a.positionals.add(arg);
            }
        }
        return a;
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean has(String sw) {
        return switchesSeen.contains(sw);
    }

    /** The option's value; the last one when it was given more than once. */
    public String option(String name) {
        List<String> values = options.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    /** Every value given for a repeatable option, in order; none when it was not given. */
    public List<String> options(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    /** The option as a day, or null when it was not given. */
    public LocalDate dayOption(String name) throws UsageException {
        String v = option(name);
        return v == null ? null : day(v, name);
    }

    public String requireOption(String name) throws UsageException {
        String v = option(name);
        if (v == null) {
            throw new UsageException(name + " is required");
        }
        return v;
    }

    public int intOption(String name, int fallback, int min, int max) throws UsageException {
        String v = option(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not " + v);
        }
    }

    /** The DAY that comes before the paths ({@code day}, {@code night} and their exports). */
    LocalDate leadingDay() throws UsageException {
        if (positionals.isEmpty()) {
            throw new UsageException("give the day (YYYY-MM-DD) and at least one file, folder or .zip");
        }
        return day(positionals.get(0), "DAY");
    }

    public static LocalDate day(String text, String what) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(what + " must be a day written YYYY-MM-DD, not \"" + text + "\"");
        }
    }

    /** An http or https URL with a host ({@code --base-url}, {@code --auth-url}). */
    public static java.net.URI httpUrl(String text, String option) throws UsageException {
        try {
            java.net.URI uri = new java.net.URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // the same message as any other URL that will not do
        }
        throw new UsageException(option + " must be an http or https URL, not \"" + text + "\"");
    }

    /** The day metric named {@code id} ({@code sleep_score}); a usage error naming the metrics otherwise. */
    static DayMetric metric(String id) throws UsageException {
        return DayMetric.fromId(id).orElseThrow(() -> new UsageException("unknown metric \"" + id
                + "\"; the metrics are " + Arrays.stream(DayMetric.values()).map(DayMetric::id)
                .collect(Collectors.joining(", "))));
    }

    /** The paths after {@code skip} positionals; at least one is required. */
    public List<Path> paths(int skip) throws UsageException {
        if (positionals.size() <= skip) {
            throw new UsageException("give at least one file, folder or .zip to read");
        }
        List<Path> paths = new ArrayList<>();
        for (String p : positionals.subList(skip, positionals.size())) {
            paths.add(path(p, "the path"));
        }
        return paths;
    }

    /**
     * {@code text} as a path, or a usage error that says why it cannot be one: typically a name with letters
     * the locale's character set has not (café.json where no UTF-8 locale is set).
     */
    public static Path path(String text, String what) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            boolean nonAscii = text.chars().anyMatch(c -> c > 127);
            throw new UsageException(what + " \"" + Problems.printable(text) + "\" cannot be a file name here"
                    + (nonAscii ? ": this system's locale cannot write its letters; start oura-viewer with a UTF-8"
                    + " locale, for example LC_ALL=C.UTF-8" : ""));
        }
    }

    /**
     * Checks an {@code --out FILE} before any work: a folder, a device, a FIFO, a link to one of those, or a
     * path whose folder is a file is a usage error (CLI.md, "Exit codes"), and nothing is changed.
     */
    static void writableFile(Path target, String what) throws UsageException {
        try {
            AtomicFiles.checkTarget(target);
        } catch (AtomicFiles.NotAFileException e) {
            throw new UsageException(what + " " + e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            // not knowable now (permissions, a link that cannot be read): writing will say so
        }
    }

    /**
     * Checks an {@code --out DIR} of fetch: it must be a folder or not exist yet (its own folder being one),
     * and each {@code oura-*} file in it that a fetch may replace must be a regular file.
     */
    static void writableFolder(Path folder, String what) throws UsageException {
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "oura-*")) {
                for (Path file : files) {
                    writableFile(file, what + " holds " + Problems.name(file) + ", and");
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                // not readable now: the fetch says so
            }
        } else if (Files.exists(folder)) {
            throw new UsageException(what + " " + Problems.path(folder) + " is a file, not a folder");
        } else {
            writableFile(folder, what);
        }
    }
}
