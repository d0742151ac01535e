package org.ouraviewer.fetch.oauth;

import org.ouraviewer.work.AppThreads;
import org.ouraviewer.work.Scheduler;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import org.ouraviewer.fetch.FetchException;

/**
 * One sign-in to Oura with the user's own app: the authorization-code flow with PKCE (S256) and a random
 * {@code state}, through the system browser and a loopback redirect. {@link #start} listens on
 * {@code localhost:PORT/callback} and makes the authorize URL; the caller opens it in a browser;
 * {@link #finish} waits (5 minutes at most) for the one callback with this sign-in's state (the
 * receiver turns away any other), exchanges the code once,
 * stores the credential and tells the browser how it ended. Failures are {@link FetchException}s: REFUSED
 * for a refusal or no answer in time (exit 3), FAILED for the network (exit 4).
 */
public final class SignIn implements AutoCloseable {
    public static final Duration LIMIT = Duration.ofMinutes(5);

    private final OuraApp app;
    private final String clientSecret;
    private final OAuthServers servers;
    private final CredentialStore store;
    private final TokenClient tokens;
    private final Clock clock;
    private final Pkce pkce;
    private final LoopbackReceiver receiver;
    private final URI redirectUri;
    private final Scheduler deadlines;

    private SignIn(OuraApp app, String clientSecret, OAuthServers servers, CredentialStore store, TokenClient tokens,
                   Clock clock, Pkce pkce, LoopbackReceiver receiver, Scheduler deadlines) {
        this.deadlines = deadlines;
        this.pkce = pkce;
        this.app = app;
        this.clientSecret = clientSecret;
        this.servers = servers;
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.receiver = receiver;
        this.redirectUri = OuraApp.redirectUri(receiver.port());
    }

    /**
     * Starts listening for the redirect on {@code app.port()} (a port of 0 picks a free one: tests).
     *
     * @throws FetchException FAILED when the port cannot be listened on, LOCAL_FILE when the sign-in could not
     *                        be stored (checked before the browser spends the one-time code)
     */
    public static SignIn start(OuraApp app, String clientSecret, OAuthServers servers, CredentialStore store,
                               AppThreads threads) throws FetchException {
        return start(app, clientSecret, servers, store, threads, Clock.systemUTC());
    }

    static SignIn start(OuraApp app, String clientSecret, OAuthServers servers, CredentialStore store,
                        AppThreads threads, Clock clock) throws FetchException {
        store.checkWritable();
        Pkce pkce = Pkce.random();
        try {
            return new SignIn(app, clientSecret, servers, store, TokenClient.standard(threads.scheduler()),
                    clock, pkce, LoopbackReceiver.listen(app.port(), pkce::stateMatches, threads.background()),
                    threads.scheduler());
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.FAILED, "Could not listen on localhost port " + app.port()
                    + " for Oura's answer (another program may be using it); choose another port and register"
                    + " http://localhost:PORT/callback with that port for your app.");
        }
    }

    /** The address to open in the browser. */
    public URI authorizeUrl() {
        return servers.authorizeUrl(app.clientId(), redirectUri, pkce);
    }

    /** Where the browser comes back to: what the app must have registered, exactly. */
    public URI redirectUri() {
        return redirectUri;
    }

    /**
     * Waits for the browser to come back, then exchanges the code and stores the sign-in.
     *
     * @throws FetchException        REFUSED (refused, no answer in time) or FAILED
     * @throws CancellationException when the waiting thread is interrupted
     */
    public OuraCredential finish(Duration limit) throws IOException {
        LoopbackReceiver.Callback callback;
        try {
            callback = receiver.await(limit);
        } catch (TimeoutException e) {
            throw refused("No answer came back from the browser within " + limit.toMinutes()
                    + " minutes, so nothing was stored; sign in again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sign-in cancelled");
        }
        String error = callback.get("error");
        String code = callback.get("code");
        if (error != null || code == null || code.isEmpty()) {
            String why = SignInMessages.authorizeError(error);
            receiver.answer(CallbackPage.notSignedIn(why));
            throw refused(why);
        }
        try {
            OuraCredential credential = exchange(code);
            receiver.answer(CallbackPage.signedIn());
            return credential;
        } catch (FetchException e) {
            receiver.answer(CallbackPage.notSignedIn(e.getMessage()));
            throw e;
        }
    }

    private OuraCredential exchange(String code) throws IOException {
        TokenResponse answer;
        try {
            answer = tokens.exchange(servers.token(), code, redirectUri, app.clientId(), clientSecret, pkce.verifier());
        } catch (TokenClient.Refused e) {
            throw refused(SignInMessages.exchangeRefused(e.error(), redirectUri));
        }
        OuraCredential credential = new OuraCredential(app.clientId(), clientSecret, answer.accessToken(),
                answer.refreshToken(), answer.expiresAt(clock.instant()), answer.scope(), servers.auth(), servers.api(),
                null, clock.instant());
        credential = credential.withAccount(PersonalInfo.account(servers, credential.accessToken(), deadlines));
        store.save(credential);
        store.rememberApp(app);
        return credential;
    }

    private static FetchException refused(String message) {
        return new FetchException(FetchException.Reason.REFUSED, message);
    }

    /** Stops listening (after the browser got its page). */
    @Override
    public void close() {
        receiver.close();
    }
}
