package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.work.TestThreads;

/** What the OuraFetch*Test classes share: a real HTTP server on 127.0.0.1 with Oura's API v2, a folder, a fetch. */
abstract class OuraFetchFixture {
    static final String SLEEP = "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json";
    static final String DAILY_SLEEP = "api-recordings/history/daily_sleep_2018-10-10_to_2024-11-12.json";
    static final String HEARTRATE = "api-recordings/heartrate__multiple_default_window.json";
    static final String WORKOUT = "api-recordings/workout__multiple.json";

    @TempDir
    Path dir;
    FakeOuraServer server;
    /** The waits announced (Retry-After or back-off), each once. */
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    /** The sleeps that make them: one second at a time, for the countdown. */
    final List<Duration> slept = Collections.synchronizedList(new ArrayList<>());
    final FetchProgress recorder = new FetchProgress() {
        @Override
        public void waiting(String why, Duration delay) {
            waits.add(delay);
        }
    };

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeOuraServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    FetchRequest request(String token, LocalDate start, LocalDate end) {
        return new FetchRequest(FetchSource.OURA, server.base(), token, new DateRange(start, end),
                ZoneOffset.ofHours(2), new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofSeconds(10), slept::add, TestThreads.SHARED.scheduler()));
    }

    FetchResult fetch(LocalDate start, LocalDate end) throws IOException {
        return Fetch.run(request(FakeOuraServer.TOKEN, start, end), dir, recorder, () -> false);
    }

    List<JsonNode> saved(String route) throws IOException {
        JsonNode root = FakeOuraServer.MAPPER.readTree(dir.resolve("oura-v2-" + route + ".json").toFile());
        assertTrue(root.isArray(), "saved as an array");
        List<JsonNode> docs = new ArrayList<>();
        root.forEach(docs::add);
        return docs;
    }

    byte[] writeOld(String route, String json) throws IOException {
        Path file = dir.resolve("oura-v2-" + route + ".json");
        Files.writeString(file, json);
        return Files.readAllBytes(file);
    }

    void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(FolderStore.LOCK_NAME)).toList();
            assertTrue(names.stream().allMatch(n -> n.startsWith("oura-v2-") && n.endsWith(".json")), names.toString());
        }
    }
}
