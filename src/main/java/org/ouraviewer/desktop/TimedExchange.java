package org.ouraviewer.desktop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * One short conversation over a UNIX-domain socket with a deadline for all of it: connecting, writing and
 * reading each wait at most until the deadline, then fail with {@link InterruptedByTimeoutException}.
 * Channels of this family have no read timeout of their own (no {@code Socket} adaptor), hence the
 * non-blocking channel and a selector: a peer that is stopped, hung or silent costs the deadline, no more.
 */
final class TimedExchange implements AutoCloseable {
    private final SocketChannel channel;
    private final Selector selector;
    private final long deadline;

    private TimedExchange(SocketChannel channel, Duration timeout) throws IOException {
        this.channel = channel;
        this.deadline = System.nanoTime() + timeout.toNanos();
        channel.configureBlocking(false);
        this.selector = Selector.open();
    }

    /** Connects to {@code address}; a refused connection (a stale socket file) fails at once. */
    static TimedExchange connect(SocketAddress address, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        TimedExchange exchange = null;
        try {
            exchange = new TimedExchange(channel, timeout);
            if (!channel.connect(address)) {
                exchange.await(SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    exchange.await(SelectionKey.OP_CONNECT);
                }
            }
            return exchange;
        } catch (IOException | RuntimeException e) {
            if (exchange != null) {
                exchange.close();
            } else {
                channel.close();
            }
            throw e;
        }
    }

    /** The server's side of a connection it accepted. */
    static TimedExchange accepted(SocketChannel channel, Duration timeout) throws IOException {
        try {
            return new TimedExchange(channel, timeout);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                await(SelectionKey.OP_WRITE);
            }
        }
    }

    /**
     * The bytes up to the first newline (without it), or up to the end of the stream; more than
     * {@code maxBytes} without a newline is refused, so a peer cannot fill the memory.
     */
    byte[] readLine(int maxBytes) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            int n = channel.read(buffer);
            if (n < 0) {
                return line.toByteArray();
            }
            if (n == 0) {
                await(SelectionKey.OP_READ);
                continue;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    return line.toByteArray();
                }
                if (line.size() >= maxBytes) {
                    throw new IOException("a line longer than " + maxBytes + " bytes");
                }
                line.write(b);
            }
            buffer.clear();
        }
    }

    private void await(int operation) throws IOException {
        long left = deadline - System.nanoTime();
        long millis = left / 1_000_000;
        if (millis <= 0) {
            throw new InterruptedByTimeoutException();
        }
        SelectionKey key = channel.register(selector, operation);
        try {
            selector.select(millis);
        } finally {
            key.interestOps(0);
            selector.selectedKeys().clear();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
