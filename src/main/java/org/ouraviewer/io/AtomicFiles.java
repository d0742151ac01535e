package org.ouraviewer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces files atomically: the content goes to a temporary file beside the target, is flushed to
 * disk, then renamed over it. A crash leaves the old file or the new one, never half of one. A replaced
 * file keeps its permissions; a new one is readable by others like any saved file ({@code rw-r--r--}),
 * except with {@link #writePrivate}, which never lets anyone else read it.
 */
public final class AtomicFiles {
    /** Writes content to a stream; the stream is the temporary file's. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, false);
    }

    /** Like {@link #write(Path, byte[])}, for secrets: only the user can read the file, at every moment. */
    public static void writePrivate(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content), true);
    }

    private static void write(Path target, Writer writer, boolean secret) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temp, target, secret);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The temporary file is created private; open it up to what the target had, or to the usual default. */
    private static void setPermissions(Path temp, Path target, boolean secret) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (secret) {
            view.setPermissions(PRIVATE);
            return;
        }
        PosixFileAttributeView old = Files.exists(target)
                ? Files.getFileAttributeView(target, PosixFileAttributeView.class) : null;
        view.setPermissions(old != null ? old.readAttributes().permissions() : SHARED);
    }
}
