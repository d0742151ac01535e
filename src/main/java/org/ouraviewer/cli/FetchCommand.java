package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.Fetch;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchResult;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.SavedFile;
import org.ouraviewer.text.Problems;

/**
 * {@code fetch --out DIR [--source oura|openhumans] [--token-file F] [--start DAY] [--end DAY] [--base-url URL]}:
 * downloads into DIR (CLI.md). Progress goes to stderr, the last line on stdout says what was saved. The
 * token is read from the file or the environment and never printed.
 */
final class FetchCommand {
    private static final Set<String> OPTIONS = Set.of("--out", "--source", "--token-file", "--start", "--end",
            "--base-url");

    private FetchCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        return run(args, out, err, System.getenv(), RetryPolicy.standard(), ZoneId.systemDefault());
    }

    /** With the environment, retry waits and zone given, for tests. */
    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env,
                   RetryPolicy retryPolicy, ZoneId zone) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of(), OPTIONS);
        if (!a.positionals().isEmpty()) {
            throw new UsageException("fetch takes no paths, only options; unexpected \"" + a.positionals().get(0)
                    + "\"");
        }
        Path folder = Arguments.path(a.requireOption("--out"), "--out");
        String sourceName = a.option("--source") == null ? "oura" : a.option("--source");
        FetchSource source = FetchSource.fromOption(sourceName).orElseThrow(
                () -> new UsageException("--source must be oura or openhumans, not \"" + sourceName + "\""));
        LocalDate today = LocalDate.now(zone);
        LocalDate start = a.option("--start") == null ? DateRange.EARLIEST : Arguments.day(a.option("--start"), "--start");
        LocalDate end = a.option("--end") == null ? today : Arguments.day(a.option("--end"), "--end");
        if (end.isBefore(start)) {
            throw new UsageException("--end " + end + " is before --start " + start);
        }
        URI base = a.option("--base-url") == null ? source.defaultBase() : baseUrl(a.option("--base-url"));
        String token = token(a.option("--token-file"), source, env);
        if (!FetchRequest.isPlausibleToken(token)) {
            throw new UsageException("the token has spaces or characters a token cannot have; paste it again");
        }
        if (source == FetchSource.OPEN_HUMANS && (a.option("--start") != null || a.option("--end") != null)) {
            err.println("Note: Open Humans files come whole; --start and --end apply to --source oura only.");
        }

        FetchRequest request = new FetchRequest(source, base, token, new DateRange(start, end), zone, retryPolicy);
        ProgressPrinter progress = new ProgressPrinter(err);
        err.println("Fetching from " + source.title() + " into " + folder + " ...");
        try {
            FetchResult result = Fetch.run(request, folder, progress, () -> false);
            out.println(result.describe());
            return ExitCode.OK;
        } catch (FetchException e) {
            err.println("oura-viewer: " + redact(e.getMessage(), token));
            out.println(new FetchResult(folder, progress.saved, List.of()).describe());
            return e.reason() == FetchException.Reason.REFUSED ? ExitCode.AUTH : ExitCode.NETWORK;
        } catch (IOException e) {
            err.println("oura-viewer: could not write into " + Problems.path(folder) + ": "
                    + redact(Problems.describe(e), token) + ".");
            out.println(new FetchResult(folder, progress.saved, List.of()).describe());
            return ExitCode.INCOMPLETE;
        } catch (CancellationException e) {
            out.println(new FetchResult(folder, progress.saved, List.of()).describe());
            return ExitCode.NETWORK;
        }
    }

    private static URI baseUrl(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new UsageException("--base-url must be an http or https URL, not \"" + text + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url must be an http or https URL, not \"" + text + "\"");
        }
    }

    /** From --token-file, else the source's environment variable; a usage error when neither has one. */
    private static String token(String tokenFile, FetchSource source, Map<String, String> env) throws UsageException {
        if (tokenFile != null) {
            String text;
            try {
                text = Files.readString(Arguments.path(tokenFile, "--token-file"), StandardCharsets.UTF_8).strip();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new UsageException("the token file " + tokenFile + " could not be read");
            }
            if (text.isEmpty()) {
                throw new UsageException("the token file " + tokenFile + " is empty");
            }
            return text;
        }
        String fromEnv = env.get(source.tokenVariable());
        if (fromEnv == null || fromEnv.isBlank()) {
            throw new UsageException("no token: give --token-file FILE or set " + source.tokenVariable()
                    + " to an " + source.title() + " access token");
        }
        return fromEnv.strip();
    }

    /** Messages are built without the token; this is the second lock on that door. */
    private static String redact(String message, String token) {
        return message == null ? "" : message.replace(token, "[token]");
    }

    /** One line on stderr per kind saved or skipped, and per wait. */
    private static final class ProgressPrinter implements FetchProgress {
        private final PrintStream err;
        private final List<SavedFile> saved = new ArrayList<>();

        ProgressPrinter(PrintStream err) {
            this.err = err;
        }

        @Override
        public void saved(SavedFile file) {
            saved.add(file);
            if (file.total() < 0) {
                err.printf("  %s: saved as received%n", file.name());
            } else {
                err.printf("  %s: %,d received, %,d new, %,d in %s%n", file.name(), file.received(), file.added(),
                        file.total(), file.path().getFileName());
            }
        }

        @Override
        public void skipped(String name, String why) {
            err.printf("  %s: %s%n", name, why);
        }

        @Override
        public void waiting(String why, Duration delay) {
            err.printf("  %s; trying again in %d s%n", why, Math.max(1, delay.toSeconds()));
        }
    }
}
