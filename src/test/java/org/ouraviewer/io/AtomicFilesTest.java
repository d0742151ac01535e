package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheUsersUsualModeLikeAnyFileTheUserMakes() throws IOException {
        Path plain = Files.createFile(dir.resolve("made-plainly")); // 0666 less this process's umask
        Path f = dir.resolve("night.png");
        AtomicFiles.write(f, new byte[] {1, 2, 3});
        assertEquals(3, Files.size(f));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
        if (Files.getPosixFilePermissions(plain).contains(PosixFilePermission.OTHERS_READ)) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                    "not the 600 of a temporary file");
        }
    }

    @Test
    void aSymbolicLinkIsFollowedToTheFileItNamesAndStaysALink() throws IOException {
        Path real = dir.resolve("real.png");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());
        AtomicFiles.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.png"), dir.resolve("made-by-the-link.png"));
        AtomicFiles.write(dangling, "x".getBytes());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("x", Files.readString(dir.resolve("made-by-the-link.png")));
    }

    @Test
    void aFolderADeviceOrALinkToOneIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        Path toDevice = Files.createSymbolicLink(dir.resolve("null.png"), Path.of("/dev/null"));
        Path toFolder = Files.createSymbolicLink(dir.resolve("to-folder.png"), folder);
        for (Path target : List.of(folder, toDevice, toFolder, Path.of("/dev/null"))) {
            AtomicFiles.NotAFileException e = assertThrows(AtomicFiles.NotAFileException.class,
                    () -> AtomicFiles.write(target, new byte[] {1}));
            assertTrue(e.getMessage().startsWith(target + " "), e.getMessage());
        }
        assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(toDevice));
        assertTrue(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedNotTheTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "a file");
        Path target = file.resolve("sub").resolve("night.png");
        AtomicFiles.NotAFileException e = assertThrows(AtomicFiles.NotAFileException.class,
                () -> AtomicFiles.write(target, new byte[] {1}));
        assertEquals(target + " cannot be made: " + file + " is a file, not a folder", e.getMessage());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("oura-v2-sleep.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(f, "new".getBytes());
        assertEquals("new", Files.readString(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aPrivateFileIsOnlyTheUsers() throws IOException {
        Path f = dir.resolve("token");
        AtomicFiles.writePrivate(f, "secret".getBytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
