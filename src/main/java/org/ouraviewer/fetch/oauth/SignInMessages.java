package org.ouraviewer.fetch.oauth;

import java.net.URI;

/** What to tell the user when Oura refuses a sign-in, by the OAuth error code (never the server's own text). */
final class SignInMessages {
    private SignInMessages() {
    }

    /** The authorize step came back with {@code error} (or without a code). */
    static String authorizeError(String error) {
        if (error == null) {
            return "Oura's answer had no sign-in code, so nothing was stored; sign in again.";
        }
        return switch (error) {
            case "access_denied" -> "You did not allow Oura Viewer into your Oura account (access_denied), so"
                    + " nothing was stored.";
            case "invalid_scope" -> "Oura refused the permissions asked (invalid_scope): an app made in Oura's old"
                    + " developer portal may not know them; register a new app at developer.ouraring.com.";
            case "unauthorized_client", "invalid_client" -> "Oura did not accept the app (" + error + "): check the"
                    + " client id at developer.ouraring.com and sign in again.";
            default -> "Oura refused the sign-in (" + (error.matches("[a-z_]{1,40}") ? error : "an unknown error")
                    + "), so nothing was stored; sign in again.";
        };
    }

    /** The token endpoint refused the code. */
    static String exchangeRefused(String error, URI redirectUri) {
        return switch (error) {
            case "invalid_client", "unauthorized_client" -> "Oura did not accept the client id and secret (" + error
                    + "); copy both again from developer.ouraring.com and sign in again.";
            case "invalid_grant" -> "Oura rejected the sign-in code (invalid_grant): it may have expired, or the"
                    + " redirect URI registered with the app is not exactly " + redirectUri + "; sign in again.";
            default -> "Oura refused the sign-in (" + error + "), so nothing was stored; sign in again.";
        };
    }

    /** A renewal was refused: the user must sign in again. */
    static String renewalRefused(String error) {
        return "Oura no longer accepts the stored sign-in (" + error + ": it was revoked, signed out elsewhere or"
                + " renewed by another program); run `oura-viewer login` again, or sign in again in the window.";
    }
}
