package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.fetch.FakeOuraServer;
import org.ouraviewer.fetch.RetryPolicy;
import org.ouraviewer.fetch.oauth.CredentialStore;
import org.ouraviewer.work.TestThreads;

/** {@code oura-viewer fetch}: exit codes, output, and the token kept out of every output and file. */
class FetchCommandTest {
    @TempDir
    Path tmp;
    Path out;
    Path tokenFile;
    FakeOuraServer server;
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        server = new FakeOuraServer();
        server.putRecording("sleep", "api-recordings/sleep__multiple_2024-10-09_to_2024-11-03.json")
                .putRecording("workout", "api-recordings/workout__multiple.json");
        out = tmp.resolve("fetched");
        tokenFile = tmp.resolve("token.txt");
        Files.writeString(tokenFile, FakeOuraServer.TOKEN + "\n");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    int cli(String... args) {
        String[] all = Stream.concat(Stream.of("fetch"), Stream.of(args)).toArray(String[]::new);
        return CommandLine.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    int withEnvironment(Map<String, String> env, String... args) throws UsageException {
        return FetchCommand.run(List.of(args), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8), new Environment(env,
                        new CredentialStore(tmp.resolve("config")),
                        new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(10), d -> { },
                                TestThreads.SHARED.scheduler()), ZoneOffset.UTC, false, uri -> false, TestThreads.SHARED));
    }

    String lastLine(ByteArrayOutputStream stream) {
        List<String> lines = stream.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void savesWithATokenFileAndSaysWhatWasSaved() throws IOException {
        int code = cli("--out", out.toString(), "--token-file", tokenFile.toString(), "--start", "2024-10-01",
                "--end", "2024-11-30", "--base-url", server.base().toString());
        assertEquals(ExitCode.OK, code, stderr::toString);
        assertTrue(lastLine(stdout).startsWith("Saved 2 files in " + out + ": 131 new records"), stdout::toString);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("sleep: 48 received, 48 new, 48 in oura-v2-sleep.json"),
                stderr::toString);
        assertTrue(Files.isRegularFile(out.resolve("oura-v2-workout.json")));
        assertTokenNowhere();
    }

    @Test
    void takesTheTokenFromTheEnvironment() throws UsageException {
        int code = withEnvironment(Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--out", out.toString(),
                "--start", "2024-10-01", "--end", "2024-11-30", "--base-url", server.base().toString());
        assertEquals(ExitCode.OK, code, stderr::toString);
        assertTrue(Files.isRegularFile(out.resolve("oura-v2-sleep.json")));
    }

    @Test
    void withoutATokenItIsAUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> withEnvironment(Map.of(), "--out", out.toString()));
        assertTrue(e.getMessage().contains("OURA_TOKEN") && e.getMessage().contains("--token-file"), e.getMessage());
        UsageException oh = assertThrows(UsageException.class,
                () -> withEnvironment(Map.of("OURA_TOKEN", "x"), "--out", out.toString(), "--source", "openhumans"));
        assertTrue(oh.getMessage().contains("OH_ACCESS_TOKEN"), oh.getMessage());
        assertEquals(ExitCode.USAGE, cli("--out", out.toString(), "--token-file", tmp.resolve("missing").toString()));
        assertEquals(ExitCode.USAGE, cli("--out", out.toString(), "--token-file", tokenFile.toString(), "--start", "May 1"));
        assertEquals(ExitCode.USAGE, cli("--token-file", tokenFile.toString()));
        assertEquals(ExitCode.USAGE, cli("--out", out.toString(), "--token-file", tokenFile.toString(), "--source", "fitbit"));
        UsageException spaced = assertThrows(UsageException.class,
                () -> withEnvironment(Map.of("OURA_TOKEN", "two\nlines here"), "--out", out.toString()));
        assertFalse(spaced.getMessage().contains("lines here"), spaced.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRefusedTokenExitsWith3AndLeavesTheFolderAlone() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("oura-v2-sleep.json"), "[{\"id\":\"kept\",\"day\":\"2020-01-01\"}]");
        byte[] before = Files.readAllBytes(out.resolve("oura-v2-sleep.json"));
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "wrong-token-0042");
        int code = cli("--out", out.toString(), "--token-file", wrong.toString(), "--base-url", server.base().toString());
        assertEquals(ExitCode.AUTH, code);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("HTTP 401") && err.contains("new access token"), err);
        assertFalse(err.contains("wrong-token-0042") || stdout.toString(StandardCharsets.UTF_8).contains("wrong-token-0042"));
        assertEquals("Saved nothing in " + out + ".", lastLine(stdout));
        assertArrayEquals(before, Files.readAllBytes(out.resolve("oura-v2-sleep.json")));
    }

    @Test
    void aServerThatKeepsFailingExitsWith4() throws UsageException {
        server.answerAlways("workout", 503);
        int code = withEnvironment(Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--out", out.toString(),
                "--start", "2024-10-01", "--end", "2024-11-30", "--base-url", server.base().toString());
        assertEquals(ExitCode.NETWORK, code);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("server error (HTTP 503), even after 3 tries"), err);
        assertTrue(lastLine(stdout).startsWith("Saved 1 file in " + out), stdout::toString);
        assertTrue(Files.isRegularFile(out.resolve("oura-v2-sleep.json")));
        assertFalse(Files.exists(out.resolve("oura-v2-workout.json")));
    }

    @Test
    void daysOutsideWhatOuraCanHaveAreUsageErrors() {
        for (String[] days : new String[][] {{"--end", "+999999999-12-31"}, {"--start", "-999999999-01-01"},
                {"--start", "2014-12-31"}, {"--end", java.time.LocalDate.now().plusDays(3).toString()}}) {
            stderr.reset();
            assertEquals(ExitCode.USAGE, cli("--out", out.toString(), "--token-file", tokenFile.toString(), days[0], days[1]),
                    String.join(" ", days));
            String err = stderr.toString(StandardCharsets.UTF_8);
            assertTrue(err.contains(days[0] + " must be a day from 2015-01-01 to "), err);
            assertFalse(err.contains("Exception"), err);
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aTokenFileThatIsNotASmallRegularFileIsRefused() throws IOException {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "x".repeat(5000));
        for (String file : List.of("/dev/zero", big.toString(), tmp.toString())) {
            stderr.reset();
            assertEquals(ExitCode.USAGE, cli("--out", out.toString(), "--token-file", file), file);
            String err = stderr.toString(StandardCharsets.UTF_8);
            assertTrue(err.contains("is not a regular file") || err.contains("is larger than 4 KB"), err);
        }
    }

    @Test
    void withoutStartAKindTheFolderHoldsStartsAWeekBeforeItsLastDay() throws IOException, UsageException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("oura-v2-sleep.json"), "[{\"id\":\"old\",\"day\":\"2024-10-20\"}]\n");
        int code = withEnvironment(Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--out", out.toString(),
                "--base-url", server.base().toString());
        assertEquals(ExitCode.OK, code, stderr::toString);
        assertEquals("2024-10-12", server.requests("sleep").get(0).query().get("start_date"),
                "from 2024-10-13, asked one day wider");
        assertEquals("2014-12-31", server.requests("workout").get(0).query().get("start_date"), "not held: everything");
        String sleep = Files.readString(out.resolve("oura-v2-sleep.json"));
        assertTrue(sleep.contains("\"old\""), "merged with what the folder held");
    }

    @Test
    void aBrokenLocalFileSkipsOnlyItsKindAndExitsWith1() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("oura-v2-workout.json"), "[{\"id\": ");
        int code = cli("--out", out.toString(), "--token-file", tokenFile.toString(), "--start", "2024-10-01",
                "--end", "2024-11-30", "--base-url", server.base().toString());
        assertEquals(ExitCode.INCOMPLETE, code);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("oura-v2-workout.json could not be read"), err);
        assertTrue(lastLine(stdout).startsWith("Saved 1 file in " + out), stdout::toString);
        assertTrue(lastLine(stdout).endsWith("not saved: workout."), stdout::toString);
        assertTrue(Files.isRegularFile(out.resolve("oura-v2-sleep.json")));
    }

    @Test
    void aLongRateLimitExitsWith4AtOnceAndAShortOneCountsDownOnStderr() throws UsageException {
        server.answerOnce("daily_sleep", 429, Map.of("Retry-After", "3"));
        assertEquals(ExitCode.OK, withEnvironment(Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--out", out.toString(),
                "--start", "2024-10-01", "--end", "2024-11-30", "--base-url", server.base().toString()));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("limiting the rate of requests (too many in a few"
                + " minutes); trying again in 3 s"), stderr::toString);

        server.answerOnce("daily_sleep", 429, Map.of("Retry-After", "3600"));
        stderr.reset();
        assertEquals(ExitCode.NETWORK, withEnvironment(Map.of("OURA_TOKEN", FakeOuraServer.TOKEN), "--out",
                out.toString(), "--start", "2024-10-01", "--end", "2024-11-30", "--base-url", server.base().toString()));
        assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("asks to wait 1 h 00 min; fetch again after"),
                stderr::toString);
    }

    private void assertTokenNowhere() throws IOException {
        assertFalse(stdout.toString(StandardCharsets.UTF_8).contains(FakeOuraServer.TOKEN));
        assertFalse(stderr.toString(StandardCharsets.UTF_8).contains(FakeOuraServer.TOKEN));
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(tokenFile)).toList()) {
                assertFalse(Files.readString(f).contains(FakeOuraServer.TOKEN), f.toString());
            }
        }
    }
}
