package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.oauth.OuraCredential;
import org.ouraviewer.io.AppDirs;

/**
 * {@code fetch} with the sign-in stored by {@code login}: renewal when the token expired and after a 401,
 * rotation, a revoked sign-in, the legacy token endpoint, and no secret anywhere but the credential file.
 */
class SignedInFetchTest {
    static final String SLEEP = "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json";

    @TempDir
    Path tmp;
    SignInFixture oura;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        oura = new SignInFixture(tmp);
        oura.server.putRecording("sleep", SLEEP);
        out = tmp.resolve("fetched");
    }

    @AfterEach
    void tearDown() {
        oura.close();
    }

    CliRun fetch() throws Exception {
        return oura.run("fetch", "--out", out.toString(), "--start", "2024-10-01", "--end", "2024-11-30",
                "--base-url", oura.server.base().toString());
    }

    @Test
    void aFreshSignInFetchesWithoutRenewing() throws Exception {
        oura.signIn();
        CliRun run = fetch();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("Using the Oura sign-in stored in " + oura.store.file()), run.err());
        assertEquals(0, oura.auth().refreshes.get());
        assertEquals(48, count(out.resolve("oura-v2-sleep.json")));
    }

    @Test
    void anExpiredTokenIsRenewedBeforeTheFirstRequestAndRotatesEachTime() throws Exception {
        oura.auth().expiresIn(0);
        oura.signIn();
        OuraCredential first = oura.store.load().orElseThrow();

        CliRun run = fetch(); // the renewed token expires at once too: it is used for this fetch, and renewed by the next
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("renewing the Oura sign-in"), run.err());
        assertEquals(1, oura.auth().refreshes.get());
        OuraCredential second = oura.store.load().orElseThrow();
        assertNotEquals(first.refreshToken(), second.refreshToken(), "the new pair was stored");
        assertNotEquals(first.accessToken(), second.accessToken());

        assertEquals(ExitCode.OK, fetch().exitCode());
        assertEquals(2, oura.auth().refreshes.get(), "rotation across two renewals");
        OuraCredential third = oura.store.load().orElseThrow();
        assertNotEquals(second.refreshToken(), third.refreshToken());
        assertEquals(first.signedInAt(), third.signedInAt());
    }

    @Test
    void a401RenewsOnceAndTheFetchGoesOn() throws Exception {
        oura.signIn();
        oura.auth().expireAccessTokens();
        CliRun run = fetch();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(1, oura.auth().refreshes.get());
        assertEquals(48, count(out.resolve("oura-v2-sleep.json")));
    }

    @Test
    void aRevokedSignInExitsWith3AndChangesNoDataFile() throws Exception {
        oura.auth().expiresIn(0);
        oura.signIn();
        Files.createDirectories(out);
        Files.writeString(out.resolve("oura-v2-sleep.json"), "[{\"id\":\"kept\",\"day\":\"2020-01-01\"}]\n");
        byte[] before = Files.readAllBytes(out.resolve("oura-v2-sleep.json"));
        oura.auth().revoke();

        CliRun run = fetch();
        assertEquals(ExitCode.AUTH, run.exitCode(), run.err());
        assertTrue(run.err().contains("run `oura-viewer login` again"), run.err());
        assertTrue(run.err().contains("invalid_grant"), run.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("oura-v2-sleep.json")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("oura-v2-sleep.json"), files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).toList());
        }
        assertTrue(oura.server.requests().stream().noneMatch(s -> s.route().equals("sleep")), "nothing was asked");
    }

    @Test
    void anAppOfTheOldPortalRenewsAtTheLegacyEndpoint() throws Exception {
        oura.auth().expiresIn(0).legacyApp();
        oura.signIn();
        CliRun run = fetch();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(0, oura.auth().refreshes.get());
        assertEquals(1, oura.auth().legacyRefreshes.get());
    }

    @Test
    void noSecretIsWrittenOrPrintedAnywhereButTheCredentialFile() throws Exception {
        oura.auth().expiresIn(0);
        oura.signIn();
        assertEquals(ExitCode.OK, fetch().exitCode());
        oura.auth().expireAccessTokens();
        assertEquals(ExitCode.OK, fetch().exitCode());
        assertTrue(oura.auth().refreshes.get() >= 2);

        List<String> secrets = new ArrayList<>(oura.auth().secretsSeen);
        secrets.add(oura.auth().clientSecret);
        assertTrue(secrets.size() >= 7, "code, verifier, three pairs, the client secret: " + secrets.size());
        String printed = oura.allOut.toString(StandardCharsets.UTF_8) + oura.allErr.toString(StandardCharsets.UTF_8);
        assertFalse(printed.isEmpty());
        List<Path> written = new ArrayList<>(files(tmp));
        written.addAll(files(AppDirs.data()));
        written.addAll(files(AppDirs.config()));
        written.remove(oura.store.file());
        assertTrue(written.contains(out.resolve("oura-v2-sleep.json")));
        for (String secret : secrets) {
            assertFalse(printed.contains(secret), "printed: " + secret.substring(0, 6) + "…");
            for (Path f : written) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret),
                        f + " holds " + secret.substring(0, 6) + "…");
            }
        }
        String credential = Files.readString(oura.store.file());
        assertTrue(credential.contains(oura.store.load().orElseThrow().refreshToken()), "the store holds the pair");

        assertEquals(ExitCode.OK, oura.run("logout").exitCode());
        for (Path f : files(tmp)) {
            for (String secret : secrets) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret),
                        "after logout " + f);
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static int count(Path file) throws IOException {
        return org.ouraviewer.fetch.FakeOuraServer.MAPPER.readTree(file.toFile()).size();
    }
}
