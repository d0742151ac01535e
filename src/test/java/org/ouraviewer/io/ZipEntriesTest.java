package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip entries the JDK's ZipFile gets wrong: two of one name, an encrypted one, a zip inside the zip. */
class ZipEntriesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 11);

    @TempDir
    Path dir;

    static byte[] dailySleepCsv(String day, int score) {
        return (CsvCellsTest.SLEEP_HEADER + "\r\n" + CsvCellsTest.dailySleep(day, score) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Renames entries (same length) or sets their encryption bit in both local and central headers. */
    static byte[] edit(byte[] zip, String name, String newName, boolean encrypt) {
        byte[] b = zip.clone();
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < b.length; i++) {
            int sig = b[i] & 0xff | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
            int nameAt = sig == 0x04034b50 ? i + 30 : sig == 0x02014b50 ? i + 46 : -1;
            int flagsAt = sig == 0x04034b50 ? i + 6 : i + 8;
            if (nameAt > 0 && java.util.Arrays.equals(b, nameAt, nameAt + wanted.length, wanted, 0, wanted.length)) {
                if (encrypt) {
                    b[flagsAt] |= 1;
                }
                byte[] renamed = newName.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(renamed, 0, b, nameAt, renamed.length);
            }
        }
        return b;
    }

    private LoadResult load(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return DataLoader.load(List.of(f));
    }

    @Test
    void twoEntriesOfOneNameAreBothRead() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("App Data/dailysleep.csv", dailySleepCsv("2024-07-11", 80));
        entries.put("App Data/dailysleeq.csv", dailySleepCsv("2024-07-12", 81));
        Path zip = dir.resolve("export.zip");
        LoadResult r = load("export.zip", edit(zip(entries), "App Data/dailysleeq.csv", "App Data/dailysleep.csv", false));
        assertEquals(List.of(zip + "!/App Data/dailysleep.csv", zip + "!/App Data/dailysleep.csv"),
                r.files().stream().map(FileReport::path).toList());
        assertEquals(0, r.failedCount(), r.files()::toString);
        assertEquals(80, r.data().dailySleep(DAY).orElseThrow().score());
        assertEquals(81, r.data().dailySleep(DAY.plusDays(1)).orElseThrow().score());
    }

    @Test
    void anEncryptedEntryFailsAloneAndThePlainOnesBesideItLoad() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a/dailysleep.csv", dailySleepCsv("2024-07-11", 80));
        entries.put("b/dailysleep.csv", dailySleepCsv("2024-07-12", 81));
        entries.put("c/dailysleep.csv", dailySleepCsv("2024-07-13", 82));
        LoadResult r = load("locked.zip", edit(zip(entries), "b/dailysleep.csv", "b/dailysleep.csv", true));
        assertEquals(3, r.files().size(), r.files()::toString);
        assertEquals(1, r.failedCount(), r.files()::toString);
        FileReport locked = r.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertTrue(locked.path().endsWith("locked.zip!/b/dailysleep.csv"), locked.path());
        assertTrue(locked.error().contains("encrypted"), locked.error());
        BadInputTest.assertOneClearSentence(locked.error());
        assertEquals(80, r.data().dailySleep(DAY).orElseThrow().score());
        assertEquals(82, r.data().dailySleep(DAY.plusDays(2)).orElseThrow().score());
    }

    @Test
    void aZipInsideAZipIsReadOneLevelDeepAndDeeperOnesAreNamed() throws IOException {
        byte[] inner = zip(Map.of("App Data/dailysleep.csv", dailySleepCsv("2024-07-11", 80)));
        byte[] innermost = zip(Map.of("deep.zip", zip(Map.of("x.csv", dailySleepCsv("2024-07-12", 81)))));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("oura export.zip", inner);
        outer.put("old/archive.zip", innermost);
        Path zip = dir.resolve("outer.zip");
        LoadResult r = load("outer.zip", zip(outer));
        FileReport read = r.files().stream().filter(f -> !f.failed()).findFirst().orElseThrow();
        assertEquals(zip + "!/oura export.zip!/App Data/dailysleep.csv", read.path());
        assertEquals(80, r.data().dailySleep(DAY).orElseThrow().score());
        FileReport deep = r.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertEquals(zip + "!/old/archive.zip!/deep.zip", deep.path());
        assertTrue(deep.error().contains("zip inside a zip"), deep.error());
        BadInputTest.assertOneClearSentence(deep.error());
        assertEquals(2, r.files().size(), r.files()::toString);
    }
}
