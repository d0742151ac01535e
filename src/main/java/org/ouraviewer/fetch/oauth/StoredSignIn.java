package org.ouraviewer.fetch.oauth;

import org.ouraviewer.work.Scheduler;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.ouraviewer.fetch.AccessTokens;
import org.ouraviewer.fetch.FetchException;
import org.ouraviewer.fetch.FetchProgress;
import org.ouraviewer.fetch.LockFile;

/**
 * The access tokens of the stored sign-in, renewed when they have expired and once after a 401. Oura's
 * refresh tokens are single-use and rotate, so a renewal runs under the store's lock (one process or
 * thread at a time), first reads the stored pair again (another may have renewed it meanwhile: then that
 * pair is used and no request is made), and stores the new pair before anything uses it. The
 * authorization server that issued the sign-in is asked first; only when it refuses is the legacy token
 * endpoint tried (apps of Oura's old developer portal).
 */
public final class StoredSignIn implements AccessTokens {
    private final CredentialStore store;
    private final TokenClient tokens;
    private final FetchProgress progress;
    private final Clock clock;
    private OuraCredential cached;
    /** The token this instance's own renewal brought: used even if it claims a very short life (a 401 then tells). */
    private String renewedHere;

    StoredSignIn(CredentialStore store, TokenClient tokens, FetchProgress progress, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * @param progress  told when a renewal starts or waits for another process
     * @param deadlines times the renewal's request
     */
    public static StoredSignIn of(CredentialStore store, FetchProgress progress, Scheduler deadlines) {
        return new StoredSignIn(store, TokenClient.standard(deadlines), progress, Clock.systemUTC());
    }

    @Override
    public synchronized String current() throws IOException {
        OuraCredential c = cached != null ? cached : stored();
        if (c.expired(clock.instant()) && !c.accessToken().equals(renewedHere)) {
            c = renew(c.accessToken());
        }
        cached = c;
        return c.accessToken();
    }

    @Override
    public synchronized Optional<String> renewedAfterRefusal(String refused) throws IOException {
        return Optional.of(renew(refused).accessToken());
    }

    @Override
    public synchronized Optional<String> grantedScope() throws IOException {
        return Optional.ofNullable((cached != null ? cached : stored()).scope());
    }

    /** Renews unless the stored pair has moved on from {@code spent} and is still good. */
    private OuraCredential renew(String spent) throws IOException {
        try (LockFile lock = store.lock(() -> progress.note("waiting for another Oura Viewer to renew the sign-in"))) {
            OuraCredential now = stored();
            if (!now.accessToken().equals(spent) && !now.expired(clock.instant())) {
                cached = now;
                return now;
            }
            progress.note("renewing the Oura sign-in");
            OuraCredential next = now.renewed(refresh(now), clock.instant());
            store.save(next); // the old refresh token is spent: the new pair must be kept before it is used
            cached = next;
            renewedHere = next.accessToken();
            return next;
        }
    }

    private TokenResponse refresh(OuraCredential c) throws IOException {
        OAuthServers servers = new OAuthServers(c.authUrl(), c.apiUrl());
        try {
            return tokens.refresh(servers.token(), c);
        } catch (TokenClient.Refused byAuthServer) {
            try {
                return tokens.refresh(servers.legacyToken(), c);
            } catch (TokenClient.Refused | FetchException legacy) {
                throw new FetchException(FetchException.Reason.SIGN_IN_AGAIN,
                        SignInMessages.renewalRefused(byAuthServer.error()));
            }
        }
    }

    private OuraCredential stored() throws IOException {
        return store.load().orElseThrow(() -> new FetchException(FetchException.Reason.SIGN_IN_AGAIN,
                "No Oura sign-in is stored any more (signed out?); run `oura-viewer login` again, or sign in again"
                        + " in the window."));
    }

    @Override
    public String toString() {
        return "StoredSignIn[" + store.file() + "]";
    }
}
