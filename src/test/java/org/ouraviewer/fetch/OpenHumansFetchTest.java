package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ouraviewer.TestFiles;
import org.ouraviewer.work.TestThreads;

/**
 * Fetching from Open Humans against a local server: a member listing in two pages, download links that
 * redirect to storage, several versions of a file, files of other projects.
 */
class OpenHumansFetchTest {
    static final String TOKEN = "oh-token-5d2b7e91aa";

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> paths = Collections.synchronizedList(new ArrayList<>());
    byte[] newSleep;
    byte[] workouts;
    byte[] v1;

    @BeforeEach
    void startServer() throws IOException {
        newSleep = Files.readAllBytes(TestFiles.samples("open-humans-notebook/oura-v2-sleep.json"));
        workouts = Files.readAllBytes(TestFiles.samples("open-humans-notebook/oura-v2-workout.json"));
        v1 = "{\"profile\":{},\"sleep\":[],\"activity\":[],\"readiness\":[]}".getBytes(StandardCharsets.UTF_8);
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = FakeOuraServer.parse(ex.getRequestURI().getRawQuery());
            paths.add(path + (q.containsKey("page") ? "?page=" + q.get("page") : ""));
            if (path.equals("/api/direct-sharing/project/exchange-member/")) {
                if (!TOKEN.equals(q.get("access_token"))) {
                    FakeOuraServer.send(ex, 401, "{\"detail\":\"Invalid token.\"}", Map.of());
                    return;
                }
                FakeOuraServer.send(ex, 200, listing("2".equals(q.get("page"))), Map.of());
            } else if (path.startsWith("/download/")) {
                ex.getResponseHeaders().add("Location", "/storage/" + path.substring("/download/".length()));
                ex.sendResponseHeaders(302, -1);
            } else if (path.equals("/storage/sleep-2024")) {
                ex.sendResponseHeaders(200, newSleep.length == 0 ? -1 : newSleep.length);
                ex.getResponseBody().write(newSleep);
            } else if (path.equals("/storage/workout")) {
                ex.sendResponseHeaders(200, workouts.length);
                ex.getResponseBody().write(workouts);
            } else if (path.equals("/storage/v1")) {
                ex.sendResponseHeaders(200, v1.length);
                ex.getResponseBody().write(v1);
            } else {
                FakeOuraServer.send(ex, 404, "{\"detail\":\"Not found.\"}", Map.of());
            }
        }
    }

    /** Page 1: an old sleep file, workouts, another project's file and a non-Oura file; page 2: newer sleep and V1. */
    private String listing(boolean second) {
        ObjectNode root = FakeOuraServer.MAPPER.createObjectNode();
        root.put("project_member_id", "12345678");
        ArrayNode data = root.putArray("data");
        if (!second) {
            file(data, "oura-v2-sleep.json", "direct-sharing-184", "2023-01-01T10:00:00.000000Z", "sleep-2023");
            file(data, "oura-v2-workout.json", "direct-sharing-184", "2024-06-01T10:00:00.000000Z", "workout");
            file(data, "oura-v2-sleep.json", "direct-sharing-128", "2025-01-01T10:00:00.000000Z", "other-project");
            file(data, "notes.txt", "direct-sharing-184", "2024-06-01T10:00:00.000000Z", "notes");
            root.put("next", base() + "/api/direct-sharing/project/exchange-member/?access_token=" + TOKEN + "&page=2");
        } else {
            file(data, "oura-v2-sleep.json", "direct-sharing-184", "2024-06-01T10:00:00.000000Z", "sleep-2024");
            file(data, "oura-data.json", "direct-sharing-184", "2024-01-01T10:00:00.000000Z", "v1");
            root.putNull("next");
        }
        return root.toString();
    }

    private void file(ArrayNode data, String basename, String source, String created, String storageName) {
        ObjectNode f = data.addObject();
        f.put("id", basename.hashCode());
        f.put("basename", basename);
        f.put("source", source);
        f.put("created", created);
        f.put("download_url", base() + "/download/" + storageName + "?X-Amz-Signature=abc");
    }

    FetchResult fetch(String token) throws IOException {
        FetchRequest request = new FetchRequest(FetchSource.OPEN_HUMANS, java.net.URI.create(base()), token,
                new DateRange(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31)), ZoneOffset.UTC,
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(10), d -> { },
                        TestThreads.SHARED.scheduler()));
        return Fetch.run(request, dir, FetchProgress.NONE, () -> false);
    }

    @Test
    void downloadsTheNewestOuraConnectFilesFollowingPagesAndRedirects() throws IOException {
        FetchResult result = fetch(TOKEN);

        assertTrue(paths.contains("/api/direct-sharing/project/exchange-member/?page=2"), paths.toString());
        assertTrue(paths.contains("/storage/sleep-2024"));
        assertFalse(paths.contains("/storage/sleep-2023"), "only the newest version is downloaded");
        assertFalse(paths.contains("/storage/other-project"));
        assertFalse(paths.contains("/storage/notes"));
        assertEquals(List.of("oura-data.json", "oura-v2-sleep.json", "oura-v2-workout.json"),
                result.saved().stream().map(SavedFile::name).toList());
        assertEquals(FakeOuraServer.MAPPER.readTree(newSleep), FakeOuraServer.MAPPER.readTree(dir.resolve("oura-v2-sleep.json").toFile()));
        assertEquals(FakeOuraServer.MAPPER.readTree(workouts), FakeOuraServer.MAPPER.readTree(dir.resolve("oura-v2-workout.json").toFile()));
        assertArrayEquals(v1, Files.readAllBytes(dir.resolve("oura-data.json")), "a file that is not an array is kept as received");
        assertTokenInNoFile();
    }

    @Test
    void mergesDownloadedArraysWithWhatTheFolderHolds() throws IOException {
        JsonNode sleep = FakeOuraServer.MAPPER.readTree(newSleep);
        ObjectNode older = sleep.get(0).deepCopy();
        older.put("id", "an-older-night");
        older.put("day", "2020-02-02");
        ArrayNode old = FakeOuraServer.MAPPER.createArrayNode().add(sleep.get(0)).add(older);
        Files.writeString(dir.resolve("oura-v2-sleep.json"), old.toString());

        FetchResult result = fetch(TOKEN);
        JsonNode merged = FakeOuraServer.MAPPER.readTree(dir.resolve("oura-v2-sleep.json").toFile());
        assertEquals(sleep.size() + 1, merged.size());
        SavedFile saved = result.saved().stream().filter(f -> f.name().equals("oura-v2-sleep.json")).findFirst().orElseThrow();
        assertEquals(sleep.size() - 1, saved.added());
    }

    @Test
    void anExpiredTokenIsRefusedAndNothingIsTouched() throws IOException {
        Files.writeString(dir.resolve("oura-v2-sleep.json"), "[]");
        FetchException e = assertThrows(FetchException.class, () -> fetch("expired-oh-token"));
        assertEquals(FetchException.Reason.REFUSED, e.reason());
        assertTrue(e.getMessage().contains("10 hours"), e.getMessage());
        assertFalse(e.getMessage().contains("expired-oh-token"));
        assertEquals("[]", Files.readString(dir.resolve("oura-v2-sleep.json")));
        assertEquals(1, paths.size(), "a refusal is not retried");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body>Sign in to Amazon S3</body></html>", "", "{\"detail\": \"expired\"}",
            "[{\"detail\": \"expired\"}]", "[{\"id\": \"x\", \"day\": \"2024-01-01\", \"score\": 80}]"})
    void aDownloadThatIsNotThatKindsRecordsChangesNothingAndIsReported(String body) throws IOException {
        newSleep = body.getBytes(StandardCharsets.UTF_8);
        Path sleep = dir.resolve("oura-v2-sleep.json");
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-sleep.json"), sleep);
        byte[] before = Files.readAllBytes(sleep);

        FetchResult result = fetch(TOKEN);
        assertArrayEquals(before, Files.readAllBytes(sleep), "the good file stays");
        assertEquals(1, result.problems().size());
        FetchResult.Problem problem = result.problems().get(0);
        assertEquals("oura-v2-sleep.json", problem.name());
        assertFalse(problem.local());
        assertTrue(problem.sentence().startsWith("Open Humans sent oura-v2-sleep.json as "), problem.sentence());
        assertTrue(problem.sentence().endsWith("so the folder's copy was left as it is; fetch again later."));
        assertTrue(Files.isRegularFile(dir.resolve("oura-v2-workout.json")), "the other files are saved");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.map(f -> f.getFileName().toString()).noneMatch(n -> n.endsWith(".download")));
        }
    }

    private void assertTokenInNoFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertFalse(Files.readString(f).contains(TOKEN), f.toString());
            }
        }
    }
}
