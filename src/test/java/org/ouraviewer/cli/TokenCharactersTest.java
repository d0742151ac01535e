package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.log.AppLog;

/**
 * A token server that answers with a token no request header can carry (a line break in it): the sign-in or
 * the renewal is refused (exit 3) with a sentence that does not quote it, nothing stores it, and neither the
 * output nor the app's log holds it or a piece of it.
 */
class TokenCharactersTest {
    @TempDir
    Path tmp;
    SignInFixture oura;
    Handler log;
    Path logs;

    @BeforeEach
    void setUp() throws Exception {
        oura = new SignInFixture(tmp);
        oura.server.putRecording("sleep", SignedInFetchTest.SLEEP);
        logs = tmp.resolve("logs");
        log = AppLog.installTo(logs, false);
        // a canary: the log works in this test, so an empty log below means nothing was logged, not no log
        System.getLogger(TokenCharactersTest.class.getName()).log(System.Logger.Level.INFO, "test starts");
    }

    @AfterEach
    void tearDown() {
        AppLog.uninstall(log);
        oura.close();
    }

    CliRun fetch() throws Exception {
        return oura.run("fetch", "--out", tmp.resolve("fetched").toString(), "--start", "2024-10-01", "--end",
                "2024-11-30", "--base-url", oura.server.base().toString());
    }

    @Test
    void aSignInAnsweredWithALineBreakInTheTokenIsRefusedWith3AndTheTokenShownNowhere() throws Exception {
        oura.auth().tokensHolding("\n");
        SignInFixture.Login login = oura.new Login();
        org.ouraviewer.fetch.OuraBrowser.Visit visit = org.ouraviewer.fetch.OuraBrowser.signIn(login.address());
        assertEquals(ExitCode.AUTH, login.exitCode(), login::err);
        assertTrue(login.err().contains("a token that holds spaces, line breaks or other characters a token cannot"
                + " have"), login.err());
        assertTrue(visit.page().contains("Not signed in"), visit.page());
        assertFalse(Files.exists(oura.store.file()), "nothing was stored");
        assertNoSecretShown(visit.page());
    }

    @Test
    void aRenewalAnsweredWithALineBreakIsRefusedWith3AndNeverStoredNorSent() throws Exception {
        oura.auth().expiresIn(0);
        oura.signIn();
        OuraCredential before = oura.store.load().orElseThrow();
        oura.auth().tokensHolding("\n");

        CliRun first = fetch();
        assertEquals(ExitCode.AUTH, first.exitCode(), first.err());
        assertTrue(first.err().contains("characters a token cannot have"), first.err());
        assertEquals(before, oura.store.load().orElseThrow(), "the bad pair was not stored");
        CliRun second = fetch(); // the spent refresh token is refused now: still one sentence, no crash
        assertEquals(ExitCode.AUTH, second.exitCode(), second.err());
        assertTrue(oura.server.requests().stream().noneMatch(r -> r.route().equals("sleep")), "no token was sent");
        assertNoSecretShown("");
    }

    @Test
    void aStoredTokenWithALineBreakIsACorruptSignInNotACrash() throws Exception {
        oura.signIn();
        String stored = Files.readString(oura.store.file());
        String token = oura.store.load().orElseThrow().accessToken();
        String broken = token.substring(0, 10) + "\\n" + token.substring(10); // a line break, as JSON writes it
        Files.writeString(oura.store.file(), stored.replace(token, broken));

        CliRun run = fetch();
        assertEquals(ExitCode.AUTH, run.exitCode(), run.err());
        assertTrue(run.err().contains("is corrupt"), run.err());
        assertFalse(run.err().contains(token.substring(10)), run.err());
        assertTrue(oura.server.requests().stream().noneMatch(r -> r.route().equals("sleep")));
    }

    /** No secret, nor any line of one, in what was printed, the browser's page or the log. */
    private void assertNoSecretShown(String page) throws IOException {
        String shown = oura.allOut.toString(StandardCharsets.UTF_8) + oura.allErr.toString(StandardCharsets.UTF_8)
                + page + logged();
        assertTrue(logged().contains("test starts"), "the log is written");
        List<String> pieces = new ArrayList<>();
        for (String secret : oura.auth().secretsSeen) {
            pieces.addAll(List.of(secret.split("\n")));
        }
        assertTrue(oura.auth().secretsSeen.stream().anyMatch(s -> s.contains("\n")), "a token held a line break");
        for (String piece : pieces) {
            assertFalse(shown.contains(piece), "shown: " + piece.substring(0, 6) + "…");
        }
    }

    private String logged() throws IOException {
        log.flush();
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.toList()) {
                    all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all.toString();
    }
}
