package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.text.Problems;

/** {@code logout}: forgets the Oura sign-in stored by {@code login} (CLI.md). */
final class LogoutCommand {
    private LogoutCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        return run(args, out, err, Environment.system());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Environment env)
            throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of(), Set.of());
        if (!a.positionals().isEmpty()) {
            throw new UsageException("logout takes no arguments; unexpected \"" + a.positionals().get(0) + "\"");
        }
        boolean was = env.credentials().signedIn();
        try {
            env.credentials().forget();
        } catch (IOException e) {
            err.println("oura-viewer: " + (e instanceof FetchException ? e.getMessage() : "the sign-in stored in "
                    + Problems.path(env.credentials().file()) + " could not be forgotten: " + Problems.describe(e)
                    + "."));
            return ExitCode.INCOMPLETE;
        }
        out.println(was ? "Signed out: the Oura sign-in stored in " + env.credentials().file() + " is forgotten."
                : "No Oura sign-in was stored.");
        return ExitCode.OK;
    }
}
