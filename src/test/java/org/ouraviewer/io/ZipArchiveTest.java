package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraKind;

/** Zips are read in place: folders inside, macOS litter, hostile names and zip bombs. */
class ZipArchiveTest {
    @TempDir
    Path dir;

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private Path exportZip() throws IOException {
        Path zipFile = dir.resolve("oura export.zip");
        Path notebook = TestFiles.samples("open-humans-notebook");
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("export/"));
            zip.closeEntry();
            put(zip, "export/oura-v2-sleep.json", Files.readAllBytes(notebook.resolve("oura-v2-sleep.json")));
            put(zip, "export/nested/oura-v2-daily_sleep.json",
                    Files.readAllBytes(notebook.resolve("oura-v2-daily_sleep.json")));
            put(zip, "__MACOSX/export/._oura-v2-sleep.json", new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c'});
            put(zip, "export/._oura-v2-tag.json", new byte[] {0, 5, 22, 7});
            put(zip, "../evil.json", Files.readAllBytes(notebook.resolve("oura-v2-daily_readiness.json")));
            put(zip, "export/README.txt", "not data".getBytes(StandardCharsets.UTF_8));
        }
        return zipFile;
    }

    @Test
    void readsJsonEntriesInFoldersAndSkipsTheRest() throws IOException {
        Path zipFile = exportZip();
        LoadResult r = DataLoader.load(List.of(zipFile));
        assertEquals(0, r.failedCount(), r.files()::toString);
        List<String> paths = r.files().stream().map(FileReport::path).toList();
        assertEquals(List.of(zipFile + "!/../evil.json", zipFile + "!/export/nested/oura-v2-daily_sleep.json",
                zipFile + "!/export/oura-v2-sleep.json"), paths);
        LocalDate day = LocalDate.of(2022, 12, 1);
        assertEquals(75, r.data().dailySleep(day).orElseThrow().score());
        assertEquals(86, r.data().dailyReadiness(day).orElseThrow().score());
        assertEquals(24210, r.data().mainSleep(day).orElseThrow().durations().totalSleep());
    }

    @Test
    void anEntryNamedOutsideTheArchiveWritesNothing() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Path zipFile = Files.move(exportZip(), inner.resolve("a.zip"));
        DataLoader.load(List.of(zipFile));
        assertFalse(Files.exists(dir.resolve("evil.json")));
        try (var files = Files.list(inner)) {
            assertEquals(List.of(zipFile), files.toList());
        }
    }

    @Test
    void aZipBombIsStoppedAndTheOtherEntriesStillLoad() throws IOException {
        Path zipFile = dir.resolve("bomb.zip");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "oura-v2-daily_sleep.json",
                    Files.readAllBytes(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json")));
            zip.putNextEntry(new ZipEntry("oura-v2-heartrate.json"));
            zip.write('[');
            for (int i = 0; i < 50; i++) { // 50 MB of spaces deflate about 1000:1; no export goes past 200:1
                zip.write(chunk);
            }
            zip.write(']');
            zip.closeEntry();
        }
        assertTrue(Files.size(zipFile) < 1 << 20, "the bomb is small on disk");
        LoadResult r = DataLoader.load(List.of(zipFile));
        assertEquals(1, r.failedCount(), r.files()::toString);
        FileReport bomb = r.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertTrue(bomb.path().endsWith("!/oura-v2-heartrate.json"), bomb.path());
        assertTrue(bomb.error().contains("zip bomb"), bomb.error());
        BadInputTest.assertOneClearSentence(bomb.error());
        assertEquals(1, r.data().recordCounts().get(OuraKind.DAILY_SLEEP));
    }

    @Test
    void aBrokenZipIsOneFailedFile() throws IOException {
        Path zipFile = dir.resolve("broken.zip");
        Files.write(zipFile, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"), dir.resolve("oura-v2-daily_sleep.json"));
        LoadResult r = DataLoader.load(List.of(dir));
        assertEquals(1, r.failedCount(), r.files()::toString);
        FileReport broken = r.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertTrue(broken.error().startsWith("not a readable zip archive"), broken.error());
        BadInputTest.assertOneClearSentence(broken.error());
        assertEquals(1, r.data().recordCounts().get(OuraKind.DAILY_SLEEP));
    }

    @Test
    void theSameZipTwiceIsReadOnce() throws IOException {
        Path zipFile = exportZip();
        LoadResult r = DataLoader.load(List.of(zipFile, dir));
        assertEquals(3, r.files().size(), r.files()::toString);
    }
}
