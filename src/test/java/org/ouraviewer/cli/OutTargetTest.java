package org.ouraviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;

/**
 * What {@code --out} may name (CLI.md, "Exit codes"): a regular file, new or replaced, or a link to one; a
 * device, a folder or a link to one is a usage error that changes nothing, said with the user's path.
 */
class OutTargetTest {
    private static final String NOTEBOOK = TestFiles.samples("open-humans-notebook").toString();
    private static final Path DEVICE = Path.of("/dev/null");

    @TempDir
    Path dir;

    private static CliRun exportNight(Path out) {
        return CliRun.of("export-night", "2022-12-01", NOTEBOOK, "--out", out.toString());
    }

    @Test
    void aDeviceOrALinkToOneIsRefusedWith2AndLeftAlone() throws Exception {
        assertEquals(ExitCode.USAGE, exportNight(DEVICE).exitCode());
        Path link = Files.createSymbolicLink(dir.resolve("night.png"), DEVICE);
        Path fifo = dir.resolve("fifo.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path out : new Path[] {link, fifo}) {
            CliRun run = exportNight(out);
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("oura-viewer: --out " + out + " "), run.err());
            assertTrue(run.err().contains("a device, a FIFO or another special file, not a regular file"), run.err());
            assertEquals("", run.out());
        }
        assertTrue(Files.readAttributes(DEVICE, BasicFileAttributes.class).isOther(), "still a device");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "still a FIFO");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no PNG, no temporary file");
        }
    }

    @Test
    void aFolderIsRefusedWith2() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("night.png"));
        CliRun run = exportNight(folder);
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(folder + " is a folder, not a regular file"), run.err());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aFileWhereItsFolderShouldBeIsNamedAsTheUserGaveIt() throws Exception {
        Path file = Files.writeString(dir.resolve("notes"), "a file");
        CliRun run = exportNight(file.resolve("night.png"));
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--out " + file.resolve("night.png") + " cannot be made: " + file
                + " is a file, not a folder"), run.err());
        assertFalse(run.err().contains(".part"), run.err());
        assertFalse(run.err().contains("already exists"), run.err());
    }

    @Test
    void aLinkToARegularFileReplacesThatFileKeepingItsMode() throws Exception {
        Path real = Files.writeString(dir.resolve("real.png"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("night.png"), real);
        CliRun run = exportNight(link);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.size(real) > 1000);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void fetchRefusesAFileAsItsFolderAndAKindFileThatIsALinkToADevice() throws Exception {
        Path file = Files.writeString(dir.resolve("fetched"), "a file");
        CliRun onFile = CliRun.of("fetch", "--out", file.toString(), "--token-file", token().toString());
        assertEquals(ExitCode.USAGE, onFile.exitCode(), onFile.err());
        assertTrue(onFile.err().contains("--out " + file + " is a file, not a folder"), onFile.err());

        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path kind = Files.createSymbolicLink(folder.resolve("oura-v2-sleep.json"), DEVICE);
        CliRun onDevice = CliRun.of("fetch", "--out", folder.toString(), "--token-file", token().toString());
        assertEquals(ExitCode.USAGE, onDevice.exitCode(), onDevice.err());
        assertTrue(onDevice.err().contains(kind + " leads to a device"), onDevice.err());
        assertTrue(Files.isSymbolicLink(kind));
        assertTrue(Files.readAttributes(DEVICE, BasicFileAttributes.class).isOther());
    }

    private Path token() throws Exception {
        return Files.writeString(dir.resolve("token"), "a-token-never-sent");
    }
}
