package org.ouraviewer.fetch.oauth;

/**
 * The small pages the browser shows at the redirect's end. They say how the sign-in ended and never show
 * a code, token or secret; any text in them is escaped.
 */
final class CallbackPage {
    private CallbackPage() {
    }

    static String signedIn() {
        return page("Signed in to Oura", "Oura Viewer can now fetch your data. You can close this tab and go back"
                + " to Oura Viewer.");
    }

    static String notSignedIn(String why) {
        return page("Not signed in", why + " You can close this tab.");
    }

    static String seeTheApp() {
        return page("Oura answered", "Oura Viewer received the answer; see Oura Viewer for how the sign-in ended."
                + " You can close this tab.");
    }

    static String notForThisSignIn() {
        return page("Not for this sign-in", "This address only receives Oura's answer to the sign-in Oura Viewer"
                + " started, and this request was not it; the sign-in goes on waiting.");
    }

    static String alreadyAnswered() {
        return page("Already answered", "This sign-in has already received its answer.");
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · Oura Viewer</title>\n<meta name=\"viewport\" content=\"width=device-width\">\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:4em auto;padding:0 1em;"
                + "line-height:1.5}@media(prefers-color-scheme:dark){body{background:#1f2125;color:#e6e8eb}}</style>"
                + "</head>\n<body><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p></body></html>\n";
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
