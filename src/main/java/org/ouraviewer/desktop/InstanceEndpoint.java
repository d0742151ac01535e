package org.ouraviewer.desktop;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ouraviewer.io.AppDirs;

/**
 * One window per user: the window listens on a UNIX-domain socket in a folder of the config folder that
 * only the user can open (0700 where the system has POSIX permissions; on Windows the folder lies in the
 * user's profile, whose access list admits only that user). Another user cannot reach the socket, so
 * only the same user hands files over, with no secret to keep. Java 17 has these sockets on Linux, macOS
 * and Windows 10 and later.
 *
 * <p>A second launch {@link #handOver hands over} its paths; whatever goes wrong there (no socket file, a
 * stale one left by a crash, a window that does not answer within the timeout) only means "start as
 * usual". {@link #listen} claims the socket for this window, replacing a stale file but never a window
 * that still answers.
 */
public final class InstanceEndpoint {
    /** Long enough for a busy window to answer; short enough that a hung one does not delay a launch. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final String SOCKET_NAME = "window.socket";
    static final byte[] OK = "ok\n".getBytes(StandardCharsets.US_ASCII);
    private static final System.Logger LOG = System.getLogger(InstanceEndpoint.class.getName());

    private final Path folder;
    private final UnixDomainSocketAddress address;
    private final Duration timeout;

    /** The endpoint whose socket lies in {@code folder}; each exchange gives up after {@code timeout}. */
    public InstanceEndpoint(Path folder, Duration timeout) {
        this.folder = folder.toAbsolutePath();
        this.address = UnixDomainSocketAddress.of(this.folder.resolve(SOCKET_NAME));
        this.timeout = timeout;
    }

    /** The user's endpoint, in the {@code instance} folder of the app's config folder. */
    public static InstanceEndpoint standard() {
        return new InstanceEndpoint(AppDirs.config().resolve("instance"), TIMEOUT);
    }

    Path socket() {
        return address.getPath();
    }

    /**
     * Hands the launch's arguments (files, folders, zips; none only brings the window to the front) to the
     * window already open. Relative paths are resolved against this process's working folder; words
     * starting with {@code --} are options, as for the window.
     *
     * @return whether the window took them (it answered "ok"); false means: open a window here
     */
    public boolean handOver(List<String> arguments) {
        if (!Files.exists(socket())) {
            return false;
        }
        List<Path> paths = new ArrayList<>();
        for (String a : arguments) {
            if (!a.startsWith("--")) {
                try {
                    paths.add(Path.of(a).toAbsolutePath().normalize());
                } catch (InvalidPathException e) {
                    return false; // the window of this launch says why it cannot open it
                }
            }
        }
        byte[] message = HandOverMessage.encode(paths); // before connecting: the window waits a timeout at most
        try (TimedExchange exchange = TimedExchange.connect(address, timeout)) {
            exchange.write(message);
            return new String(exchange.readLine(OK.length), StandardCharsets.US_ASCII).equals("ok");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "no window took the hand-over at " + socket() + ": " + e);
            return false;
        }
    }

    /**
     * Listens for hand-overs, or empty when it cannot: another window answers on the socket, or the
     * folder or socket cannot be made (the window then works alone, and a second launch opens a second
     * window).
     */
    public Optional<InstanceServer> listen() {
        try {
            makePrivateFolder();
            return Optional.of(InstanceServer.start(bind(), socket(), timeout));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.INFO, "this window takes no hand-overs from other launches: " + e);
            return Optional.empty();
        }
    }

    private void makePrivateFolder() throws IOException {
        Files.createDirectories(folder);
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
    }

    private ServerSocketChannel bind() throws IOException {
        try {
            return bindOnce();
        } catch (IOException taken) {
            if (!Files.exists(socket())) {
                throw taken;
            }
            if (answers()) {
                throw new IOException("another window listens at " + socket());
            }
            // left by a window that crashed or was killed: nobody listens behind it
            Files.delete(socket());
            return bindOnce();
        }
    }

    private ServerSocketChannel bindOnce() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(address);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether a live window accepts connections at the socket (it reads the empty line as a probe). */
    private boolean answers() {
        try (TimedExchange probe = TimedExchange.connect(address, timeout)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
