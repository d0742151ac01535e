package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credential file in the states a user's disk can leave it: readable by others, corrupt, a folder in its
 * place. Each is said in one sentence naming it; none is used silently, and login finds out before the
 * browser spends the one-time code.
 */
class CredentialFileTest {
    @TempDir
    Path tmp;
    SignInFixture oura;

    @BeforeEach
    void setUp() throws Exception {
        oura = new SignInFixture(tmp);
        oura.server.putRecording("sleep", SignedInFetchTest.SLEEP);
    }

    @AfterEach
    void tearDown() {
        oura.close();
    }

    CliRun fetch() throws Exception {
        return oura.run("fetch", "--out", tmp.resolve("fetched").toString(), "--start", "2024-10-01", "--end",
                "2024-11-30", "--base-url", oura.server.base().toString());
    }

    @Test
    void aCredentialFileOthersCanReadIsRefusedUntilLoginWritesItPrivately() throws Exception {
        oura.signIn();
        Files.setPosixFilePermissions(oura.store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = fetch();
        assertEquals(ExitCode.AUTH, run.exitCode(), run.err());
        assertTrue(run.err().contains(oura.store.file() + " can be read by other users of this computer (its mode"
                + " is rw-r--r--), so it was not used; run `oura-viewer login` again"), run.err());
        assertTrue(oura.server.requests().stream().noneMatch(r -> r.route().equals("sleep")), "no token was sent");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(oura.store.file())));

        oura.signIn();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(oura.store.file())));
        assertEquals(ExitCode.OK, fetch().exitCode());
    }

    @Test
    void aCorruptCredentialFileIsNamedCorrupt() throws Exception {
        oura.signIn();
        Files.writeString(oura.store.file(), "{\"client_id\": \"half a fi");
        CliRun run = fetch();
        assertEquals(ExitCode.AUTH, run.exitCode(), run.err());
        assertTrue(run.err().contains("The Oura sign-in stored in " + oura.store.file() + " is corrupt"), run.err());
        assertFalse(run.err().contains("signed out?"), run.err());
    }

    @Test
    void aFolderInTheCredentialFilesPlaceStopsLoginBeforeTheBrowserOpens() throws Exception {
        Files.createDirectories(oura.store.file().resolve("something"));
        SignInFixture.Login login = oura.new Login();
        assertEquals(ExitCode.USAGE, login.exitCode(), login::err);
        assertTrue(login.err().contains("The sign-in could not be stored: " + oura.store.file() + " is a folder where"
                + " the sign-in should be stored; move it away, then sign in again."), login.err());
        assertFalse(login.err().contains("oauth-authorize"), "no address was given to open: " + login.err());
        assertEquals(0, oura.auth().exchanges.get());
    }

    @Test
    void logoutWithAFolderInTheCredentialFilesPlaceSaysSoInASentence() throws Exception {
        Files.createDirectories(oura.store.file().resolve("something"));
        CliRun run = oura.run("logout");
        assertEquals(ExitCode.INCOMPLETE, run.exitCode());
        assertEquals("oura-viewer: " + oura.store.file() + " is a folder where the sign-in should be stored, so"
                + " nothing was removed.\n", run.err());
        assertTrue(Files.isDirectory(oura.store.file().resolve("something")));
    }
}
