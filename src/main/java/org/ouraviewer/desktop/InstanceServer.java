package org.ouraviewer.desktop;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ouraviewer.work.AppThreads;

/**
 * The window's side of the {@link InstanceEndpoint}: one daemon thread accepts the launches one at a
 * time, each for the endpoint's timeout at most, and passes their paths on. Paths that come before the
 * window is ready to take them wait for {@link #deliverTo}, so a launch during start-up is not lost.
 */
public final class InstanceServer implements AutoCloseable {
    /** Thousands of paths fit; more is no launch of this app. */
    static final int MAX_MESSAGE_BYTES = 1 << 20;
    private static final byte[] REFUSED = "refused\n".getBytes(StandardCharsets.US_ASCII);
    private static final System.Logger LOG = System.getLogger(InstanceServer.class.getName());

    private final ServerSocketChannel channel;
    private final Path socket;
    private final Duration timeout;
    private final List<List<Path>> waiting = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    private InstanceServer(ServerSocketChannel channel, Path socket, Duration timeout) {
        this.channel = channel;
        this.socket = socket;
        this.timeout = timeout;
    }

    static InstanceServer start(ServerSocketChannel channel, Path socket, Duration timeout) {
        InstanceServer server = new InstanceServer(channel, socket, timeout);
        // the one thread of the endpoint: a daemon, so an open endpoint never keeps the app running
        AppThreads.startDaemon("oura-instance-endpoint", server::acceptAll);
        return server;
    }

    /**
     * From now on each hand-over's paths go to {@code receiver} (on the endpoint's thread: it should pass
     * them on, not work on them); those that came earlier go to it at once.
     */
    public synchronized void deliverTo(Consumer<List<Path>> receiver) {
        this.receiver = receiver;
        waiting.forEach(receiver);
        waiting.clear();
    }

    private synchronized void deliver(List<Path> paths) {
        if (receiver == null) {
            waiting.add(paths);
        } else {
            receiver.accept(paths);
        }
    }

    private void acceptAll() {
        while (true) {
            SocketChannel connection;
            try {
                connection = channel.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the endpoint for other launches stopped: " + e);
                return;
            }
            serve(connection);
        }
    }

    private void serve(SocketChannel connection) {
        try (TimedExchange exchange = TimedExchange.accepted(connection, timeout)) {
            byte[] line = exchange.readLine(MAX_MESSAGE_BYTES);
            if (line.length == 0) {
                return; // a probe: a starting window checking that this one is alive
            }
            Optional<List<Path>> paths = HandOverMessage.decode(line);
            if (paths.isPresent()) {
                deliver(paths.get());
                exchange.write(InstanceEndpoint.OK);
            } else {
                LOG.log(System.Logger.Level.INFO, "a hand-over that is no message of version "
                        + HandOverMessage.VERSION + " was refused");
                exchange.write(REFUSED);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "a hand-over broke off: " + e);
        }
    }

    /** Stops listening and removes the socket file, so the next launch starts without probing. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(socket);
        }
    }
}
