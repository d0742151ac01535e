package org.ouraviewer.fetch.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraAuth;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.OuraBrowser;
import org.ouraviewer.work.TestThreads;

/** The sign-in and its renewals, below the command line: two renewers at once, the store's files, the time limit. */
class StoredSignInTest {
    @TempDir
    Path dir;
    FakeOuraServer server;
    OAuthServers servers;

    @BeforeEach
    void start() throws IOException {
        server = new FakeOuraServer();
        servers = new OAuthServers(server.base(), server.base());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    CredentialStore signIn() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve("config"));
        try (SignIn signIn = SignIn.start(new OuraApp(FakeOuraAuth.CLIENT_ID, 0), server.auth().clientSecret, servers,
                store, TestThreads.SHARED)) {
            CompletableFuture<OuraCredential> done = CompletableFuture.supplyAsync(() -> {
                try {
                    return signIn.finish(Duration.ofSeconds(30));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            OuraBrowser.signIn(signIn.authorizeUrl());
            done.get(30, TimeUnit.SECONDS);
        }
        return store;
    }

    @Test
    void twoRenewersAtOnceThroughTheFileLockMakeOneRefreshAndBothGetTheNewToken() throws Exception {
        server.auth().expiresIn(0);
        CredentialStore first = signIn();
        CredentialStore second = new CredentialStore(dir.resolve("config")); // another instance, as another window
        String expired = first.load().orElseThrow().accessToken();
        server.auth().expiresIn(86_400).holdRefreshes();

        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> current(first, FetchProgress.NONE));
        assertTrue(server.auth().awaitRefreshArrived(), "the first renewer reached the server, holding the lock");
        CountDownLatch secondWaits = new CountDownLatch(1);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> current(second, new FetchProgress() {
            @Override
            public void note(String what) {
                if (what.startsWith("waiting for another")) {
                    secondWaits.countDown();
                }
            }
        }));
        assertTrue(secondWaits.await(30, TimeUnit.SECONDS), "the second waits for the lock");
        server.auth().openRefreshes();

        String tokenA = a.get(30, TimeUnit.SECONDS);
        String tokenB = b.get(30, TimeUnit.SECONDS);
        assertEquals(tokenA, tokenB, "the second read the pair the first stored");
        assertNotEquals(expired, tokenA);
        assertEquals(1, server.auth().refreshes.get(), "exactly one refresh reached the server");
        assertEquals(tokenA, second.load().orElseThrow().accessToken());
    }

    private static String current(CredentialStore store, FetchProgress progress) {
        try {
            return StoredSignIn.of(store, progress, TestThreads.SHARED.scheduler()).current();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCredentialFileIsPrivateAndSoIsItsLock() throws Exception {
        CredentialStore store = signIn();
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(store.file()));
        current(store, FetchProgress.NONE);
        store.forget();
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(dir.resolve("config").resolve(CredentialStore.LOCK_NAME)));
        FetchException e = assertThrows(FetchException.class, () -> StoredSignIn.of(store, FetchProgress.NONE, TestThreads.SHARED.scheduler()).current());
        assertEquals(FetchException.Reason.SIGN_IN_AGAIN, e.reason());
    }

    @Test
    void noAnswerWithinTheLimitStoresNothing() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve("config"));
        try (SignIn signIn = SignIn.start(new OuraApp(FakeOuraAuth.CLIENT_ID, 0), "s", servers, store, TestThreads.SHARED)) {
            FetchException e = assertThrows(FetchException.class, () -> signIn.finish(Duration.ofMillis(200)));
            assertEquals(FetchException.Reason.REFUSED, e.reason());
            assertTrue(e.getMessage().startsWith("No answer came back from the browser"), e.getMessage());
        }
        assertTrue(store.load().isEmpty());
    }

    @Test
    void theChallengeIsTheS256OfTheVerifier() {
        // RFC 7636, appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        Pkce one = Pkce.random();
        Pkce two = Pkce.random();
        assertTrue(one.verifier().length() >= 43 && !one.verifier().equals(two.verifier()));
        assertTrue(one.stateMatches(one.state()) && !one.stateMatches(two.state()) && !one.stateMatches(null));
        assertEquals("Pkce[S256]", one.toString());
    }
}
