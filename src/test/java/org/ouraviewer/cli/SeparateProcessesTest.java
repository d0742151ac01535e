package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraServer;

/**
 * The command line as separate processes: two fetches renewing one sign-in at once, a fetch killed with
 * SIGKILL in the middle of a download, and a 50 MB heart-rate page under a 256 MB heap.
 */
class SeparateProcessesTest {
    @TempDir
    Path tmp;
    SignInFixture oura;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws Exception {
        oura = new SignInFixture(tmp);
        oura.server.putRecording("sleep", "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json");
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        oura.close();
    }

    ChildJvm fetch(Path out, List<String> jvmOptions, Map<String, String> env, String... days) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("fetch", "--out", out.toString(), "--base-url",
                oura.server.base().toString()));
        args.addAll(List.of(days));
        return ChildJvm.start(oura.config, jvmOptions, env, args.toArray(String[]::new));
    }

    @Test
    void twoProcessesRenewingAtOnceBothSucceedWithOneRefresh() throws Exception {
        oura.auth().expiresIn(0);
        oura.signIn();
        oura.auth().expiresIn(86_400).holdRefreshes();

        ChildJvm first = fetch(tmp.resolve("a"), List.of(), Map.of(), "--start", "2024-10-01", "--end", "2024-11-30");
        assertTrue(oura.auth().awaitRefreshArrived(), first::err);
        ChildJvm second = fetch(tmp.resolve("b"), List.of(), Map.of(), "--start", "2024-10-01", "--end", "2024-11-30");
        assertTrue(second.awaitErrLine(l -> l.contains("waiting for another Oura Viewer to renew the sign-in")),
                second::err);
        oura.auth().openRefreshes();

        assertEquals(ExitCode.OK, first.exitCode(), first::err);
        assertEquals(ExitCode.OK, second.exitCode(), second::err);
        assertEquals(1, oura.auth().refreshes.get(), "one refresh reached the server");
        String stored = "Bearer " + oura.store.load().orElseThrow().accessToken();
        assertEquals(List.of(stored), oura.server.requests("sleep").stream().map(FakeOuraServer.Seen::authorization)
                .distinct().toList(), "both fetched with the new token");
    }

    @Test
    void aFetchKilledMidDownloadLeavesWholeFilesAndTheNextOneCleansUp() throws Exception {
        Path out = tmp.resolve("fetched");
        Files.createDirectories(out);
        Files.writeString(out.resolve("oura-v2-heartrate.json"), "[{\"bpm\":61,\"source\":\"awake\","
                + "\"timestamp\":\"2020-01-01T00:00:00+00:00\"}]\n");
        byte[] oldHeartRate = Files.readAllBytes(out.resolve("oura-v2-heartrate.json"));
        CountDownLatch inHeartRate = new CountDownLatch(1);
        oura.server.answerWith("heartrate", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream body = ex.getResponseBody();
            body.write(("{\"data\": [" + row(Instant.parse("2024-10-05T00:00:00Z"), 0) + ",").getBytes(StandardCharsets.UTF_8));
            body.flush();
            inHeartRate.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ChildJvm fetch = fetch(out, List.of(), Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--start", "2024-10-01",
                "--end", "2024-11-30");
        assertTrue(inHeartRate.await(60, TimeUnit.SECONDS), fetch::err);
        assertTrue(Files.isRegularFile(out.resolve("oura-v2-sleep.json")), "sleep was saved before heart rate");
        List<String> leftovers = hiddenFiles(out);
        assertTrue(leftovers.stream().anyMatch(n -> n.startsWith(".oura-v2-heartrate.json.") && n.endsWith(".part")),
                leftovers.toString());

        fetch.process.destroyForcibly(); // SIGKILL
        fetch.process.waitFor(30, TimeUnit.SECONDS);
        release.countDown();

        assertArrayEquals(oldHeartRate, Files.readAllBytes(out.resolve("oura-v2-heartrate.json")), "whole, as before");
        for (Path f : visibleFiles(out)) {
            assertTrue(FakeOuraServer.MAPPER.readTree(f.toFile()).isArray(), f + " is whole");
        }
        for (String name : hiddenFiles(out)) {
            assertFalse(name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".zip"),
                    name + " would be read by the loader");
        }

        oura.server.answerWith("heartrate", ex -> FakeOuraServer.send(ex, 200, "{\"data\":[],\"next_token\":null}", Map.of()));
        CliRun again = CliRun.of("fetch", "--out", out.toString(), "--token-file", tokenFile().toString(),
                "--start", "2024-10-01", "--end", "2024-11-30", "--base-url", oura.server.base().toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals(List.of(".oura-viewer-fetch.lock"), hiddenFiles(out), "the next fetch removed the leftovers");
    }

    @Test
    void aFiftyMegabyteHeartRatePageFitsIn256Megabytes() throws Exception {
        int rows = 800_000;
        oura.server.answerWith("heartrate", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream body = new BufferedOutputStream(ex.getResponseBody(), 1 << 16)) {
                body.write("{\"data\": [".getBytes(StandardCharsets.UTF_8));
                Instant first = Instant.parse("2024-11-01T00:00:00Z");
                for (int i = 0; i < rows; i++) {
                    body.write(((i == 0 ? "" : ",") + row(first, i)).getBytes(StandardCharsets.UTF_8));
                }
                body.write("], \"next_token\": null}".getBytes(StandardCharsets.UTF_8));
            }
        });
        Path out = tmp.resolve("big");
        ChildJvm fetch = fetch(out, List.of("-Xmx256m"), Map.of("OURA_TOKEN", FakeOuraServer.TOKEN),
                "--start", "2024-11-01", "--end", "2024-11-10");
        assertEquals(ExitCode.OK, fetch.exitCode(), fetch::err);
        long lines;
        try (Stream<String> l = Files.lines(out.resolve("oura-v2-heartrate.json"))) {
            lines = l.count();
        }
        assertEquals(rows + 2, lines, "every row saved, one a line");
        assertTrue(Files.size(out.resolve("oura-v2-heartrate.json")) > 50_000_000);
    }

    private static String row(Instant first, int i) {
        return "{\"bpm\":" + (50 + i % 60) + ",\"source\":\"awake\",\"timestamp\":\"" + first.plusSeconds(i) + "\"}";
    }

    private Path tokenFile() throws IOException {
        return Files.writeString(tmp.resolve("token"), FakeOuraServer.TOKEN);
    }

    private static List<String> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    private static List<Path> visibleFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
