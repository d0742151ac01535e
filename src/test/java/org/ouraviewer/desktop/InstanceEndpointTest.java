package org.ouraviewer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint in one JVM: two endpoints on one folder play the open window and the second launch. A
 * stale socket file, a window that never answers and a silent or garbled client each cost a bounded wait,
 * never a hang; none of these tests sleeps.
 */
class InstanceEndpointTest {
    /** Far above the timeouts used here; reaching it means an exchange hung. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final Duration SHORT = Duration.ofMillis(200);

    @TempDir
    Path config;
    final List<List<Path>> received = new CopyOnWriteArrayList<>();
    final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    InstanceEndpoint endpoint(Duration timeout) {
        return new InstanceEndpoint(config.resolve("instance"), timeout);
    }

    InstanceServer listening(InstanceEndpoint endpoint) {
        InstanceServer server = endpoint.listen().orElseThrow();
        toClose.add(server);
        return server;
    }

    /** A socket at the endpoint's path that a test controls (a dead or hung window). */
    ServerSocketChannel foreignSocket(InstanceEndpoint endpoint) throws IOException {
        Files.createDirectories(endpoint.socket().getParent());
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(endpoint.socket()));
        toClose.add(channel);
        return channel;
    }

    @Test
    void aHandOverDeliversAbsolutePathsResolvedWhereTheLaunchRuns() {
        listening(endpoint(HANG)).deliverTo(received::add);
        Path absolute = config.resolve("export.zip").toAbsolutePath();

        assertTrue(endpoint(HANG).handOver(List.of("relative/sleep.json", absolute.toString(), "--some-option")));

        Path here = Path.of("").toAbsolutePath();
        assertEquals(List.of(List.of(here.resolve("relative/sleep.json"), absolute)), received);
    }

    @Test
    void aLaunchWithoutFilesHandsOverAnEmptyListWhichBringsTheWindowForward() {
        listening(endpoint(HANG)).deliverTo(received::add);

        assertTrue(endpoint(HANG).handOver(List.of()));

        assertEquals(List.of(List.of()), received);
    }

    @Test
    void pathsThatComeBeforeTheWindowIsReadyWaitForIt() {
        InstanceServer server = listening(endpoint(HANG));
        assertTrue(endpoint(HANG).handOver(List.of("/a.json")));
        assertTrue(endpoint(HANG).handOver(List.of("/b.json")));
        assertEquals(List.of(), received);

        server.deliverTo(received::add);

        assertEquals(List.of(List.of(Path.of("/a.json")), List.of(Path.of("/b.json"))), received);
    }

    @Test
    void withNoWindowOpenTheLaunchStartsAsUsual() throws IOException {
        assertFalse(endpoint(HANG).handOver(List.of("/a.json")));

        InstanceServer server = listening(endpoint(HANG));
        server.close();
        assertFalse(Files.exists(endpoint(SHORT).socket()), "a window that closes removes its socket");
        assertFalse(endpoint(HANG).handOver(List.of("/a.json")));
    }

    @Test
    void aStaleSocketFileIsNoWindowAndTheNextWindowReplacesIt() throws IOException {
        InstanceEndpoint launch = endpoint(HANG);
        foreignSocket(launch).close(); // as after kill -9: the file stays, nobody listens
        assertTrue(Files.exists(launch.socket()));

        assertFalse(assertTimeoutPreemptively(HANG, () -> launch.handOver(List.of("/a.json"))));
        listening(endpoint(HANG)).deliverTo(received::add);

        assertTrue(launch.handOver(List.of("/a.json")));
        assertEquals(List.of(List.of(Path.of("/a.json"))), received);
    }

    @Test
    void aWindowThatNeverAnswersCostsTheTimeoutAndIsNotReplaced() throws IOException {
        InstanceEndpoint launch = endpoint(SHORT);
        ServerSocketChannel hung = foreignSocket(launch); // accepts into its backlog, never reads nor answers

        assertFalse(assertTimeoutPreemptively(HANG, () -> launch.handOver(List.of("/a.json"))));
        assertTrue(assertTimeoutPreemptively(HANG, () -> launch.listen()).isEmpty(),
                "a window that takes connections is alive: a second one does not steal its socket");
        assertTrue(Files.exists(launch.socket()));
        assertTrue(hung.isOpen());
    }

    @Test
    void aSecondWindowDoesNotTakeOverTheSocketOfALiveOne() {
        listening(endpoint(HANG)).deliverTo(received::add);

        assertTrue(endpoint(SHORT).listen().isEmpty());

        assertTrue(endpoint(HANG).handOver(List.of("/a.json")));
        assertEquals(List.of(List.of(Path.of("/a.json"))), received);
    }

    @Test
    void aSilentClientCostsTheWindowOnlyItsTimeout() throws IOException {
        listening(endpoint(SHORT)).deliverTo(received::add);
        try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(endpoint(SHORT).socket()))) {
            assertTrue(assertTimeoutPreemptively(HANG, () -> endpoint(HANG).handOver(List.of("/a.json"))));
        }
        assertEquals(List.of(List.of(Path.of("/a.json"))), received);
    }

    @Test
    void aMessageOfAnotherVersionOrNoneIsRefusedAndTheWindowListensOn() throws IOException {
        listening(endpoint(HANG)).deliverTo(received::add);

        assertEquals("refused", exchange("{\"version\":2,\"paths\":[\"/a.json\"]}\n"));
        assertEquals("refused", exchange("{\"version\":1,\"paths\":[\"relative.json\"]}\n"));
        assertEquals("refused", exchange("{\"version\":1,\"paths\":[1]}\n"));
        assertEquals("refused", exchange("not json\n"));
        assertEquals(List.of(), received);

        assertEquals("ok", exchange("{\"version\":1,\"paths\":[\"/a.json\"]}\n"));
        assertEquals(List.of(List.of(Path.of("/a.json"))), received);
    }

    private String exchange(String line) throws IOException {
        try (TimedExchange client = TimedExchange.connect(UnixDomainSocketAddress.of(endpoint(SHORT).socket()), HANG)) {
            client.write(line.getBytes(StandardCharsets.UTF_8));
            return new String(client.readLine(100), StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyTheUserCanOpenTheSocketsFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = config.resolve("instance");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        listening(endpoint(HANG));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                "another user can neither reach the socket nor replace it");
    }
}
