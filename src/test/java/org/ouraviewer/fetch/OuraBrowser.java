package org.ouraviewer.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The test plays the user's browser: opens the authorize address and follows Oura's redirect to the callback. */
public final class OuraBrowser {
    /** What the browser showed at the end. */
    public record Visit(URI callback, int status, String page) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private OuraBrowser() {
    }

    /** Opens {@code authorizeUrl}, then goes where Oura redirects (the loopback callback). */
    public static Visit signIn(URI authorizeUrl) throws IOException, InterruptedException {
        HttpResponse<String> authorize = HTTP.send(HttpRequest.newBuilder(authorizeUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (authorize.statusCode() != 302) {
            throw new IllegalStateException("authorize answered " + authorize.statusCode() + ": " + authorize.body());
        }
        URI callback = URI.create(authorize.headers().firstValue("Location").orElseThrow());
        return visit(callback);
    }

    /** Only the redirect Oura would send, not followed (a test may change it first). */
    public static URI redirectOf(URI authorizeUrl) throws IOException, InterruptedException {
        HttpResponse<String> authorize = HTTP.send(HttpRequest.newBuilder(authorizeUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return URI.create(authorize.headers().firstValue("Location").orElseThrow());
    }

    public static Visit visit(URI address) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Visit(address, page.statusCode(), page.body());
    }
}
