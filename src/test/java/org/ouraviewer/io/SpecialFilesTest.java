package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraKind;

/** What is not a file of data (a pipe, an unreadable folder) is named and skipped; the rest loads. */
class SpecialFilesTest {
    @TempDir
    Path dir;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is available");
        return p;
    }

    @Test
    void aPipeGivenByNameOrFoundInAFolderIsSkippedNotWaitedFor() throws Exception {
        Path pipe = fifo("oura-v2-sleep.json");
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"), dir.resolve("oura-v2-daily_sleep.json"));
        // a reader would wait for a writer forever: the test fails by timeout if the loader opens the pipe
        LoadResult byName = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DataLoader.load(List.of(pipe)));
        assertEquals(1, byName.failedCount());
        assertEquals("not a regular file (a pipe, device or socket): skipped", byName.files().get(0).error());
        LoadResult inFolder = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DataLoader.load(List.of(dir)));
        assertEquals(2, inFolder.files().size(), inFolder.files()::toString);
        assertEquals(1, inFolder.data().recordCounts().get(OuraKind.DAILY_SLEEP));
    }

    @Test
    void anUnreadableSubFolderIsNamedAndTheRestLoads() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"), dir.resolve("oura-v2-daily_sleep.json"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            LoadResult r = DataLoader.load(List.of(dir));
            assertEquals(1, r.failedCount(), r.files()::toString);
            assertEquals(1, r.data().recordCounts().get(OuraKind.DAILY_SLEEP));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
