package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.ouraviewer.fetch.AccessTokens;
import org.ouraviewer.fetch.DateRange;
import org.ouraviewer.fetch.Fetch;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchResult;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.SavedFile;
import org.ouraviewer.fetch.oauth.StoredSignIn;
import org.ouraviewer.text.Problems;

/**
 * {@code fetch --out DIR [--source oura|openhumans] [--token-file F] [--start DAY] [--end DAY] [--base-url URL]}:
 * downloads into DIR (CLI.md). Progress goes to stderr, the last line on stdout says what was saved. The
 * token comes from the file, the environment, or (Oura) the sign-in stored by {@code login}, and is never
 * printed. Without {@code --start}, a kind the folder holds starts from its last day less a week.
 */
final class FetchCommand {
    private static final Set<String> OPTIONS = Set.of("--out", "--source", "--token-file", "--start", "--end",
            "--base-url");

    private FetchCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        return run(args, out, err, Environment.system());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Environment env) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of(), OPTIONS);
        if (!a.positionals().isEmpty()) {
            throw new UsageException("fetch takes no paths, only options; unexpected \"" + a.positionals().get(0)
                    + "\"");
        }
        Path folder = Arguments.path(a.requireOption("--out"), "--out");
        Arguments.writableFolder(folder, "--out");
        String sourceName = a.option("--source") == null ? "oura" : a.option("--source");
        FetchSource source = FetchSource.fromOption(sourceName).orElseThrow(
                () -> new UsageException("--source must be oura or openhumans, not \"" + sourceName + "\""));
        LocalDate tomorrow = LocalDate.now(env.zone()).plusDays(1);
        LocalDate start = a.option("--start") == null ? DateRange.EARLIEST : fetchDay(a, "--start", tomorrow);
        LocalDate end = a.option("--end") == null ? LocalDate.now(env.zone()) : fetchDay(a, "--end", tomorrow);
        if (end.isBefore(start)) {
            throw new UsageException("--end " + end + " is before --start " + start);
        }
        URI base = a.option("--base-url") == null ? source.defaultBase() : Arguments.httpUrl(a.option("--base-url"),
                "--base-url");
        if (source == FetchSource.OPEN_HUMANS && (a.option("--start") != null || a.option("--end") != null)) {
            err.println("Note: Open Humans files come whole; --start and --end apply to --source oura only.");
        }
        FetchProgressPrinter progress = new FetchProgressPrinter(err, env.terminal());
        AccessTokens tokens = tokens(a.option("--token-file"), source, env, progress, err);
        FetchRequest request = new FetchRequest(source, base, tokens, new DateRange(start, end),
                a.option("--start") == null, env.zone(), env.retryPolicy());

        err.println("Fetching from " + source.title() + " into " + folder + " ...");
        try {
            FetchResult result = Fetch.run(request, folder, progress, () -> false);
            result.problems().forEach(p -> err.println("oura-viewer: " + p.sentence()));
            out.println(result.describe());
            if (result.problems().stream().anyMatch(p -> !p.local())) {
                return ExitCode.NETWORK;
            }
            return result.problems().isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE;
        } catch (FetchException e) {
            err.println("oura-viewer: " + e.getMessage());
            out.println(progress.soFar(folder).describe());
            return switch (e.reason()) {
                case REFUSED, SIGN_IN_AGAIN -> ExitCode.AUTH;
                case LOCAL_FILE -> ExitCode.INCOMPLETE;
                default -> ExitCode.NETWORK;
            };
        } catch (IOException e) {
            err.println("oura-viewer: could not write into " + Problems.path(folder) + ": " + Problems.describe(e) + ".");
            out.println(progress.soFar(folder).describe());
            return ExitCode.INCOMPLETE;
        } catch (CancellationException e) {
            out.println(progress.soFar(folder).describe());
            return ExitCode.NETWORK;
        }
    }

    /** A day Oura can have data for: from 2015 (the first rings) to tomorrow (a day ahead of some zones). */
    private static LocalDate fetchDay(Arguments a, String option, LocalDate tomorrow) throws UsageException {
        LocalDate day = Arguments.day(a.option(option), option);
        if (day.isBefore(DateRange.EARLIEST) || day.isAfter(tomorrow)) {
            throw new UsageException(option + " must be a day from " + DateRange.EARLIEST + " to " + tomorrow
                    + ", not " + a.option(option));
        }
        return day;
    }

    /** From --token-file, else the source's environment variable, else (Oura) the sign-in stored by login. */
    private static AccessTokens tokens(String tokenFile, FetchSource source, Environment env,
                                       FetchProgressPrinter progress, PrintStream err) throws UsageException {
        String token = tokenFile != null ? SecretFile.read(tokenFile, "token file") : env.variable(source.tokenVariable());
        if (token != null) {
            if (!FetchRequest.isPlausibleToken(token)) {
                throw new UsageException("the token has spaces or characters a token cannot have; paste it again");
            }
            return AccessTokens.fixed(token.strip());
        }
        if (source == FetchSource.OURA && env.credentials().signedIn()) {
            err.println("Using the Oura sign-in stored in " + env.credentials().file());
            return StoredSignIn.of(env.credentials(), progress, env.retryPolicy().deadlines());
        }
        throw new UsageException(source == FetchSource.OURA
                ? "not signed in: run oura-viewer login first, or give --token-file FILE, or set OURA_TOKEN"
                : "no token: give --token-file FILE or set OH_ACCESS_TOKEN to an Open Humans access token");
    }
}
