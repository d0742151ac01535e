package org.ouraviewer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Replaces regular files atomically: the content goes to a temporary file beside the target, is flushed to
 * disk, then renamed over it. A crash leaves the old file or the new one, never half of one. A symbolic
 * link is followed to the file it names (the link stays a link); a folder, a device, a FIFO or a link to one
 * is refused ({@link NotAFileException}) and left as it was. A replaced file keeps its permissions; a new
 * one gets the user's usual ones (0666 less the umask, as any program's), except with {@link #writePrivate},
 * which never lets anyone else read it. Failures name the caller's path, never the temporary file.
 */
public final class AtomicFiles {
    /** Writes content to a stream; the stream is the temporary file's. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** The target is not a place a file can be written (a folder, a device, a FIFO, a file as its folder). */
    public static final class NotAFileException extends IOException {
        NotAFileException(String sentence) {
            super(sentence);
        }
    }

    private AtomicFiles() {
    }

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * The regular file that writing {@code target} would replace or create, links followed.
     *
     * @throws NotAFileException when it is a folder, a device, a FIFO (or a link to one), or its folder is a file
     */
    public static Path checkTarget(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == MAX_LINKS) {
                throw new NotAFileException(shown(target) + " is a chain of too many symbolic links");
            }
            file = file.getParent().resolve(Files.readSymbolicLink(file));
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                boolean linked = !file.equals(target.toAbsolutePath());
                throw new NotAFileException(shown(target) + (linked ? " leads to " : " is ")
                        + (a.isDirectory() ? "a folder" : "a device, a FIFO or another special file")
                        + ", not a regular file");
            }
        } catch (FileSystemException e) { // no such file, or "not a directory" on the way to it
            for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.exists(dir)) {
                    if (!Files.isDirectory(dir)) {
                        throw new NotAFileException(shown(target) + " cannot be made: " + shown(dir)
                                + " is a file, not a folder");
                    }
                    break;
                }
            }
            if (!(e instanceof NoSuchFileException)) {
                throw withoutTemp(e, file, target);
            }
        }
        return file;
    }

    private static void write(Path target, Writer writer, boolean secret) throws IOException {
        Path file = checkTarget(target);
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, file.getFileName().toString(), secret, target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temp, file, secret);
            checkTarget(target); // what is there now, just before the rename, is still a file or nothing
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw withoutTemp(e, temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new file beside the target, created without asking for permissions so that the umask gives the
     * user's usual ones ({@code Files.createTempFile} would force 600); a secret's is created 600 at once.
     */
    private static Path createTemp(Path dir, String name, boolean secret, Path target) throws IOException {
        FileAttribute<?>[] attributes = secret && Files.getFileStore(dir).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)} : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".part");
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw withoutTemp(e, temp, target);
                }
            } catch (FileSystemException e) {
                throw withoutTemp(e, temp, target);
            }
        }
    }

    /** A secret's file is only the user's; a replaced file keeps its permissions; a new one keeps the umask's. */
    private static void setPermissions(Path temp, Path file, boolean secret) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (secret) {
            view.setPermissions(PRIVATE);
        } else if (Files.exists(file)) {
            view.setPermissions(Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes()
                    .permissions());
        }
    }

    /** The same failure, told of the caller's path: the temporary file is an inner detail. */
    private static IOException withoutTemp(FileSystemException e, Path temp, Path target) {
        if (!temp.toString().equals(e.getFile()) && !temp.toString().equals(e.getOtherFile())) {
            return e;
        }
        FileSystemException told = e instanceof AccessDeniedException ? new AccessDeniedException(target.toString())
                : new FileSystemException(target.toString(), null, e.getReason() != null ? e.getReason()
                : "could not be written");
        told.initCause(e);
        return told;
    }

    private static String shown(Path p) {
        return org.ouraviewer.text.Problems.path(p);
    }
}
