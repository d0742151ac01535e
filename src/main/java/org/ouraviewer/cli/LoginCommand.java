package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.FetchSource;
import org.ouraviewer.fetch.oauth.OAuthServers;
import org.ouraviewer.fetch.oauth.OuraApp;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.fetch.oauth.SignIn;
import org.ouraviewer.text.Problems;

/**
 * {@code login [--client-id ID] [--client-secret-file F] [--port N] [--no-browser] [--auth-url URL] [--base-url URL]}:
 * signs in to Oura with the user's own app (CLI.md). The browser opens at the authorize address (or it is
 * printed on stderr), the answer comes back to {@code http://localhost:PORT/callback}, and the sign-in is
 * stored privately. Exit 0 signed in, 2 usage, 3 refused or cancelled, 4 network.
 */
final class LoginCommand {
    private static final Set<String> OPTIONS = Set.of("--client-id", "--client-secret-file", "--port", "--auth-url",
            "--base-url");

    private LoginCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        return run(args, out, err, Environment.system());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Environment env) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of("--no-browser"), OPTIONS);
        if (!a.positionals().isEmpty()) {
            throw new UsageException("login takes only options; unexpected \"" + a.positionals().get(0) + "\"");
        }
        String clientId = a.option("--client-id") != null ? a.option("--client-id").strip() : env.variable("OURA_CLIENT_ID");
        if (clientId == null || !FetchRequest.isPlausibleToken(clientId)) {
            throw new UsageException("give --client-id or set OURA_CLIENT_ID to the client id of your app (register"
                    + " one at " + OuraApp.REGISTRATION + " with the redirect URI " + OuraApp.redirectUri(OuraApp.DEFAULT_PORT)
                    + ")");
        }
        String secret = a.option("--client-secret-file") != null
                ? SecretFile.read(a.option("--client-secret-file"), "client secret file")
                : env.variable("OURA_CLIENT_SECRET");
        if (secret == null || !FetchRequest.isPlausibleToken(secret)) {
            throw new UsageException("give --client-secret-file FILE or set OURA_CLIENT_SECRET to your app's client"
                    + " secret");
        }
        // 0 picks any free port: only useful where the redirect URI accepts any port (tests).
        int port = a.intOption("--port", OuraApp.DEFAULT_PORT, 0, 65535);
        URI auth = a.option("--auth-url") == null ? OAuthServers.DEFAULT_AUTH : Arguments.httpUrl(a.option("--auth-url"), "--auth-url");
        URI api = a.option("--base-url") == null ? FetchSource.OURA.defaultBase()
                : Arguments.httpUrl(a.option("--base-url"), "--base-url");

        try (SignIn signIn = SignIn.start(new OuraApp(clientId, port), secret, new OAuthServers(auth, api),
                env.credentials(), env.threads())) {
            URI address = signIn.authorizeUrl();
            if (!a.has("--no-browser") && env.browser().test(address)) {
                err.println("Opening your browser to sign in to Oura. If it does not open, open this address:");
            } else {
                err.println("Open this address in a browser to sign in to Oura:");
            }
            err.println(address);
            err.println("Waiting up to " + SignIn.LIMIT.toMinutes() + " minutes for Oura's answer at "
                    + signIn.redirectUri() + " ...");
            OuraCredential credential = signIn.finish(SignIn.LIMIT);
            out.println("Signed in to Oura" + (credential.account() == null ? "" : " as " + credential.account())
                    + "; the sign-in is stored in " + env.credentials().file() + ", readable only by you.");
            return ExitCode.OK;
        } catch (FetchException e) {
            err.println("oura-viewer: " + e.getMessage());
            return switch (e.reason()) {
                case FAILED -> ExitCode.NETWORK;
                case LOCAL_FILE -> ExitCode.USAGE; // the credential file cannot be written: found before the browser
                default -> ExitCode.AUTH;
            };
        } catch (CancellationException e) {
            err.println("oura-viewer: the sign-in was cancelled; nothing was stored.");
            return ExitCode.AUTH;
        } catch (IOException e) {
            err.println("oura-viewer: the sign-in failed: " + Problems.describe(e) + "; nothing was stored.");
            return ExitCode.INCOMPLETE;
        }
    }
}
