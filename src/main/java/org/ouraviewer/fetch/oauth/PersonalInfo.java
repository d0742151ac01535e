package org.ouraviewer.fetch.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ouraviewer.fetch.FetchRequest;
import org.ouraviewer.fetch.RequestDeadline;
import org.ouraviewer.work.Scheduler;

/** Who a new sign-in is for, so the window can say what is connected: the e-mail of Oura's personal info. */
final class PersonalInfo {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private PersonalInfo() {
    }

    /** The account's e-mail address, or null when it cannot be had (it is only shown, never needed). */
    static String account(OAuthServers servers, String accessToken, Scheduler deadlines) {
        if (!FetchRequest.isSendable(accessToken)) {
            return null; // the HTTP client would quote it in its refusal
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(servers.personalInfo())
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json")
                .header("User-Agent", "oura-viewer").GET().build();
        try {
            HttpResponse<InputStream> response = RequestDeadline.send(http, request, TIMEOUT, deadlines);
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    return null;
                }
                JsonNode email = JsonMapper.builder().build().readTree(in.readNBytes(64 * 1024)).path("email");
                String text = email.isTextual() ? email.asText().strip() : "";
                boolean printable = text.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
                return text.isEmpty() || text.length() > 200 || !printable ? null : text;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
