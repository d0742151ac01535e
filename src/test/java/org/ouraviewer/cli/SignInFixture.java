package org.ouraviewer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ouraviewer.fetch.FakeOuraAuth;
import org.ouraviewer.fetch.OuraBrowser;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.work.TestThreads;

/**
 * A local Oura (API and authorization server) and the command line pointed at it, with the sign-in
 * stored under the test's own folder. Everything printed is kept, to be searched for secrets.
 */
final class SignInFixture implements AutoCloseable {
    final FakeOuraServer server;
    final Path config;
    final CredentialStore store;
    final Map<String, String> variables = new HashMap<>();
    final ByteArrayOutputStream allOut = new ByteArrayOutputStream();
    final ByteArrayOutputStream allErr = new ByteArrayOutputStream();

    SignInFixture(Path dir) throws IOException {
        server = new FakeOuraServer();
        config = dir.resolve("config");
        store = new CredentialStore(config);
        variables.put("OURA_CLIENT_SECRET", server.auth().clientSecret);
    }

    FakeOuraAuth auth() {
        return server.auth();
    }

    Environment environment() {
        return new Environment(variables, store,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(10), d -> { },
                        TestThreads.SHARED.scheduler()), ZoneOffset.UTC, false, uri -> false, TestThreads.SHARED);
    }

    /** A {@code login} running in the background; its stderr is watched for the authorize address. */
    final class Login {
        final CompletableFuture<URI> address = new CompletableFuture<>();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit;

        Login(String... extra) {
            List<String> args = new java.util.ArrayList<>(List.of("--no-browser", "--client-id", FakeOuraAuth.CLIENT_ID,
                    "--port", "0", "--auth-url", server.base().toString(), "--base-url", server.base().toString()));
            args.addAll(List.of(extra));
            PrintStream errLines = new PrintStream(new LineWatcher(err, line -> {
                if (line.startsWith("http") && line.contains("oauth-authorize")) {
                    address.complete(URI.create(line.strip()));
                }
            }), true, StandardCharsets.UTF_8);
            exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return LoginCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), errLines, environment());
                } catch (UsageException e) {
                    errLines.println("usage: " + e.getMessage());
                    return ExitCode.USAGE;
                } finally {
                    keep(out, err);
                    address.complete(null);
                }
            });
        }

        URI address() throws InterruptedException, ExecutionException, TimeoutException {
            URI a = address.get(30, TimeUnit.SECONDS);
            if (a == null) {
                throw new IllegalStateException("login ended without an address: " + err());
            }
            return a;
        }

        int exitCode() throws InterruptedException, ExecutionException, TimeoutException {
            return exit.get(60, TimeUnit.SECONDS);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    /** Signs in from start to end, the test playing the browser. */
    OuraBrowser.Visit signIn() throws Exception {
        Login login = new Login();
        OuraBrowser.Visit visit = OuraBrowser.signIn(login.address());
        if (login.exitCode() != ExitCode.OK) {
            throw new IllegalStateException("login failed: " + login.err());
        }
        return visit;
    }

    /** Runs a command of the command line with this environment; what it printed is kept. */
    CliRun run(String command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = switch (command) {
                case "fetch" -> FetchCommand.run(List.of(args), o, e, environment());
                case "logout" -> LogoutCommand.run(List.of(args), o, e, environment());
                default -> throw new IllegalArgumentException(command);
            };
        } catch (UsageException u) {
            e.println(u.getMessage());
            code = ExitCode.USAGE;
        }
        keep(out, err);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private synchronized void keep(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        allOut.writeBytes(out.toByteArray());
        allErr.writeBytes(err.toByteArray());
    }

    @Override
    public void close() {
        server.close();
    }

    /** Passes each complete line to a listener while keeping all bytes. */
    private static final class LineWatcher extends OutputStream {
        private final ByteArrayOutputStream all;
        private final java.util.function.Consumer<String> listener;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineWatcher(ByteArrayOutputStream all, java.util.function.Consumer<String> listener) {
            this.all = all;
            this.listener = listener;
        }

        @Override
        public synchronized void write(int b) {
            all.write(b);
            if (b == '\n') {
                listener.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
