package org.ouraviewer.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One holder at a time, across processes and threads: an OS file lock on a small file (which every
 * process sees), and a lock per file inside this JVM (OS file locks belong to the whole JVM, so two
 * threads would not exclude each other with them alone). The file is left in place after release:
 * deleting a lock file lets a third process lock a new file while a second still waits on the old one.
 */
public final class LockFile implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private LockFile(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Takes the lock, waiting as long as another holder keeps it; {@code onWait} runs once before a wait.
     * Interrupting the waiting thread ends the wait with an exception.
     */
    public static LockFile acquire(Path file, Runnable onWait) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        boolean announced = false;
        if (!jvmLock.tryLock()) {
            onWait.run();
            announced = true;
            try {
                jvmLock.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.nio.channels.ClosedByInterruptException();
            }
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    privateFile());
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!announced) {
                    onWait.run();
                }
                lock = channel.lock();
            }
            return new LockFile(jvmLock, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            jvmLock.unlock();
            throw e;
        }
    }

    private static FileAttribute<?>[] privateFile() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    @Override
    public void close() throws IOException {
        try {
            if (fileLock.isValid()) {
                fileLock.release();
            }
            channel.close();
        } finally {
            jvmLock.unlock();
        }
    }
}
