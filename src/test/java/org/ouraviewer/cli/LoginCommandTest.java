package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraAuth;
import org.ouraviewer.fetch.OuraBrowser;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.fetch.oauth.OuraCredential;

/**
 * {@code oura-viewer login} and {@code logout} against a local Oura: the test reads the address that
 * {@code login --no-browser} prints, plays the browser, and checks what was stored and what was not.
 */
class LoginCommandTest {
    @TempDir
    Path tmp;
    SignInFixture oura;

    @BeforeEach
    void setUp() throws Exception {
        oura = new SignInFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        oura.close();
    }

    @Test
    void signsInWithPkceAndStoresTheCredentialForThisUserOnly() throws Exception {
        SignInFixture.Login login = oura.new Login();
        URI address = login.address();
        assertEquals(oura.server.base().getPort(), address.getPort());
        assertTrue(address.getPath().endsWith("/oauth/v2/ext/oauth-authorize"), address.toString());
        assertTrue(address.getRawQuery().contains("code_challenge_method=S256"), address.toString());
        assertTrue(login.err().contains("Open this address in a browser"), login.err());

        OuraBrowser.Visit visit = OuraBrowser.signIn(address);
        assertEquals(ExitCode.OK, login.exitCode(), login::err);
        assertEquals(200, visit.status());
        assertTrue(visit.page().contains("Signed in to Oura"), visit.page());
        assertEquals(1, oura.auth().pkceVerified.get(), "the server checked the verifier against the challenge");
        assertTrue(login.out().startsWith("Signed in to Oura as " + FakeOuraAuth.EMAIL + "; the sign-in is stored in "
                + oura.store.file()), login.out());

        OuraCredential stored = oura.store.load().orElseThrow();
        assertEquals(FakeOuraAuth.CLIENT_ID, stored.clientId());
        assertEquals(oura.auth().clientSecret, stored.clientSecret());
        assertTrue(oura.auth().secretsSeen.contains(stored.accessToken()));
        assertTrue(oura.auth().secretsSeen.contains(stored.refreshToken()));
        assertEquals(FakeOuraAuth.EMAIL, stored.account());
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(oura.store.file()));
        assertEquals(FakeOuraAuth.CLIENT_ID, oura.store.app().orElseThrow().clientId(), "the client id is remembered");

        String shown = login.out() + login.err() + visit.page() + visit.callback().getPath();
        for (String secret : oura.auth().secretsSeen) {
            assertFalse(shown.contains(secret) && !visit.callback().toString().contains(secret),
                    "a secret was shown: " + secret.substring(0, 5));
        }
        assertFalse(shown.contains(oura.auth().clientSecret));
    }

    @Test
    void theCallbackListensOnTheLoopbackOnlyAndAnswersOnlyItsPath() throws Exception {
        SignInFixture.Login login = oura.new Login();
        URI callback = OuraBrowser.redirectOf(login.address());
        URI other = URI.create("http://127.0.0.1:" + callback.getPort() + "/favicon.ico");
        assertEquals(400, OuraBrowser.visit(other).status(), "any other path: refused, and the wait goes on");
        for (InetAddress address : nonLoopbackAddresses()) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(address, callback.getPort()), 2000);
                throw new AssertionError("the callback answered on " + address);
            } catch (java.io.IOException expected) {
                // refused: nothing listens there
            }
        }
        assertEquals(200, OuraBrowser.visit(callback).status());
        assertEquals(ExitCode.OK, login.exitCode(), login::err);
        assertThrowsOnConnect(callback.getPort());
    }

    @Test
    void saying_noExitsWith3AndStoresNothing() throws Exception {
        oura.auth().deny();
        SignInFixture.Login login = oura.new Login();
        OuraBrowser.Visit visit = OuraBrowser.signIn(login.address());
        assertEquals(ExitCode.AUTH, login.exitCode());
        assertTrue(login.err().contains("did not allow Oura Viewer into your Oura account (access_denied)"), login.err());
        assertTrue(visit.page().contains("Not signed in"), visit.page());
        assertFalse(Files.exists(oura.store.file()));
        assertEquals(0, oura.auth().exchanges.get());
    }

    @Test
    void anAnswerWithAForgedStateIsTurnedAwayAndTheGenuineOneStillSignsIn() throws Exception {
        SignInFixture.Login login = oura.new Login();
        URI redirect = OuraBrowser.redirectOf(login.address());
        URI forged = URI.create(redirect.toString().replaceFirst("state=[^&]*", "state=forged-by-a-page"));
        URI stateless = URI.create(redirect.toString().replaceFirst("&?state=[^&]*", ""));
        OuraBrowser.Visit visit = OuraBrowser.visit(forged);
        assertEquals(400, visit.status());
        assertTrue(visit.page().contains("Not for this sign-in"), visit.page());
        assertEquals(400, OuraBrowser.visit(stateless).status());
        assertFalse(login.exit.isDone(), "the sign-in goes on waiting");
        assertEquals(0, oura.auth().exchanges.get(), "the forged code was not exchanged");

        assertEquals(200, OuraBrowser.visit(redirect).status());
        assertEquals(ExitCode.OK, login.exitCode(), login::err);
        assertEquals(1, oura.auth().exchanges.get());
        assertThrowsOnConnect(redirect.getPort());
    }

    @Test
    void aWrongClientSecretIsRefusedWith3() throws Exception {
        oura.variables.put("OURA_CLIENT_SECRET", "not-the-secret");
        SignInFixture.Login login = oura.new Login();
        OuraBrowser.signIn(login.address());
        assertEquals(ExitCode.AUTH, login.exitCode());
        assertTrue(login.err().contains("did not accept the client id and secret (invalid_client)"), login.err());
        assertFalse(login.err().contains("not-the-secret"));
        assertFalse(Files.exists(oura.store.file()));
    }

    @Test
    void logoutForgetsTheSignIn() throws Exception {
        oura.signIn();
        assertTrue(Files.exists(oura.store.file()));
        CliRun out = oura.run("logout");
        assertEquals(ExitCode.OK, out.exitCode());
        assertTrue(out.out().startsWith("Signed out"), out.out());
        assertFalse(Files.exists(oura.store.file()));
        assertEquals("No Oura sign-in was stored.\n", oura.run("logout").out());
        assertTrue(oura.store.app().isPresent(), "the client id (not a secret) outlives the sign-out");
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        Map<String, String> none = Map.of();
        Environment bare = new Environment(none, oura.store, oura.environment().retryPolicy(),
                oura.environment().zone(), false, uri -> false, oura.environment().threads());
        assertEquals(ExitCode.USAGE, usage(bare, "--no-browser"), "no client id");
        assertEquals(ExitCode.USAGE, usage(bare, "--client-id", "abc"), "no secret");
        assertEquals(ExitCode.USAGE, usage(bare, "--client-id", "abc", "--client-secret-file", "/dev/zero"));
        assertEquals(ExitCode.USAGE, usage(oura.environment(), "--client-id", "abc", "--port", "70000"));
        assertEquals(ExitCode.USAGE, usage(oura.environment(), "--client-id", "abc", "--auth-url", "ftp://x"));
        assertEquals(ExitCode.USAGE, CliRun.of("login", "extra").exitCode());
    }

    @Test
    void aPortInUseIsANetworkFailureThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = LoginCommand.run(List.of("--no-browser", "--client-id", "abc", "--port",
                    String.valueOf(taken.getLocalPort())), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), oura.environment());
            assertEquals(ExitCode.NETWORK, code);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("choose another port"), err.toString());
        }
    }

    private int usage(Environment env, String... args) {
        try {
            return LoginCommand.run(List.of(args), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream()), env);
        } catch (UsageException e) {
            assertFalse(e.getMessage().contains(oura.auth().clientSecret));
            return ExitCode.USAGE;
        }
    }

    /**
     * After the one answer the listener is closed. A connection can still succeed without a listener: the
     * port is in the ephemeral range, and Linux may pick that very port as the connection's own source port,
     * which connects the socket to itself (TCP simultaneous open). That is not a listener.
     */
    private static void assertThrowsOnConnect(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            if (s.getLocalPort() == port) {
                return;
            }
            throw new AssertionError("still listening on " + port);
        } catch (java.io.IOException expected) {
            // closed
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws java.net.SocketException {
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }
}
