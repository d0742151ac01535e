package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.OuraKind;

/**
 * Each broken file fails alone, with one clear sentence (and its position where the JSON says it), and
 * contributes nothing; every other file still loads.
 */
class BadInputTest {
    private static final Pattern POSITION = Pattern.compile("line \\d+, column \\d+");
    private static final String GOOD = "[{\"id\":\"a\",\"day\":\"2022-12-01\",\"score\":75,"
            + "\"contributors\":{\"deep_sleep\":94},\"timestamp\":\"2022-12-01T00:00:00+00:00\"}]";

    @TempDir
    Path dir;

    @BeforeEach
    void goodFile() throws IOException {
        Files.writeString(dir.resolve("oura-v2-daily_sleep.json"), GOOD);
    }

    private FileReport loadWith(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        LoadResult result = DataLoader.load(List.of(dir));
        assertEquals(2, result.files().size(), result.files()::toString);
        assertEquals(1, result.failedCount(), result.files()::toString);
        assertEquals(1, result.data().recordCounts().get(OuraKind.DAILY_SLEEP), "the good file still loads");
        FileReport bad = result.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertTrue(bad.path().endsWith(name), bad.path());
        assertEquals(0, bad.records());
        assertOneClearSentence(bad.error());
        return bad;
    }

    /** A file that loads, minus its bad records: counted, and the first reason given with its position. */
    private FileReport loadSkipping(String name, String content, int kept, int skipped) throws IOException {
        Files.writeString(dir.resolve(name), content);
        LoadResult result = DataLoader.load(List.of(dir));
        assertEquals(0, result.failedCount(), result.files()::toString);
        FileReport r = result.files().stream().filter(f -> f.path().endsWith(name)).findFirst().orElseThrow();
        assertEquals(kept, r.records(), r::toString);
        assertEquals(skipped, r.skipped(), r::toString);
        assertOneClearSentence(r.warning());
        return r;
    }

    /** A file cut short or broken part way: the records before the break load, and the error says where. */
    private FileReport loadCut(String name, String content, int kept) throws IOException {
        Files.writeString(dir.resolve(name), content);
        LoadResult result = DataLoader.load(List.of(dir));
        assertEquals(1, result.failedCount(), result.files()::toString);
        FileReport r = result.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertEquals(kept, r.records(), r::toString);
        assertOneClearSentence(r.error());
        assertTrue(POSITION.matcher(r.error()).find(), r.error());
        return r;
    }

    static void assertOneClearSentence(String error) {
        assertNotNull(error);
        assertFalse(error.isBlank());
        assertFalse(error.contains("\n"), () -> "one line: " + error);
        assertFalse(error.matches("(?s).*(Exception|Error:|\\tat |com\\.fasterxml|java\\.).*"), () -> "no internals: " + error);
        assertTrue(error.length() < 200, () -> "short: " + error);
    }

    private FileReport loadWith(String name, String content) throws IOException {
        return loadWith(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedFileSaysWhereItEnds() throws IOException {
        FileReport r = loadWith("cut.json", GOOD.substring(0, 60));
        assertTrue(r.error().contains("line 1, column"), r.error());
        assertTrue(r.error().contains("end of input"), r.error());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("the file is empty", loadWith("empty.json", "").error());
    }

    @Test
    void fileOfWhitespace() throws IOException {
        assertEquals("the file is empty", loadWith("blank.json", "  \n ").error());
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        bytes[0] = (byte) 0x89; // as a PNG starts
        FileReport r = loadWith("picture.json", bytes);
        assertTrue(POSITION.matcher(r.error()).find(), r.error());
        assertTrue(r.error().contains("not JSON"), r.error());
    }

    @Test
    void plainText() throws IOException {
        FileReport r = loadWith("notes.json", "Sleep diary\nMonday: fine");
        assertEquals("line 1, column 7: unrecognized token 'Sleep': not JSON text", r.error());
        r = loadWith("notes.json", "# Sleep diary");
        assertEquals("line 1, column 1: unexpected character ('#' (code 35)): not JSON text", r.error());
    }

    @Test
    void deeplyNestedArraysFailWithoutStackOverflow() throws IOException {
        FileReport r = loadWith("deep.json", "[".repeat(10_000) + "]".repeat(10_000));
        assertTrue(POSITION.matcher(r.error()).find(), r.error());
    }

    @Test
    void deeplyNestedObjectsFailWithoutStackOverflow() throws IOException {
        FileReport r = loadWith("deep.json", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        assertTrue(r.error().contains("nested too deeply"), r.error());
        assertTrue(POSITION.matcher(r.error()).find(), r.error());
    }

    @Test
    void deepNestingInsideARecordFails() throws IOException {
        FileReport r = loadWith("oura-v2-sleep.json", "[{\"bedtime_start\":\"2022-12-01T00:43:00+00:00\",\"x\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}]");
        assertTrue(r.error().contains("nested too deeply"), r.error());
        assertTrue(POSITION.matcher(r.error()).find(), r.error());
    }

    @Test
    void deepNestingInsideAHeartRateRowKeepsTheRowsBefore() throws IOException {
        FileReport r = loadCut("oura-v2-heartrate.json", "[{\"bpm\":60,\"source\":\"awake\",\"timestamp\":"
                + "\"2022-12-01T10:00:00+00:00\"},{\"bpm\":61,\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]", 1);
        assertTrue(r.error().contains("nested too deeply"), r.error());
    }

    @Test
    void numberAtTopLevel() throws IOException {
        assertTrue(loadWith("n.json", "42").error().contains("not a single value"));
    }

    @Test
    void arrayOfStrings() throws IOException {
        FileReport r = loadWith("s.json", "[\"a\", \"b\"]");
        assertTrue(r.error().contains("record 1 at line 1, column 2"), r.error());
    }

    @Test
    void objectsOfNoKnownKind() throws IOException {
        FileReport r = loadWith("u.json", "[{\"foo\": 1, \"bar\": [1, 2]}]");
        assertTrue(r.error().contains("not an Oura record"), r.error());
        assertTrue(r.error().contains("foo, bar"), r.error());
    }

    @Test
    void wrongTypeInAFieldSkipsThatRecordAndNamesTheFieldAndRecord() throws IOException {
        FileReport r = loadSkipping("oura-v2-daily_readiness.json",
                "[\n {\"day\": \"2022-11-30\", \"score\": 80},\n {\"day\": \"2022-12-01\", \"score\": \"abc\"}\n]", 1, 1);
        assertEquals("record 2 at line 3, column 2: score should be a number, not \"abc\"", r.warning());
    }

    @Test
    void wrongTypeInAHeartRateRowSkipsTheRow() throws IOException {
        FileReport r = loadSkipping("oura-v2-heartrate.json", "[{\"bpm\":60,\"source\":\"awake\",\"timestamp\":"
                + "\"2022-12-01T10:00:00+00:00\"},\n{\"bpm\":\"fast\",\"timestamp\":\"2022-12-01T10:05:00+00:00\"}]", 1, 1);
        assertTrue(r.warning().startsWith("record 2 at line 2"), r.warning());
        assertTrue(r.warning().contains("bpm should be a number"), r.warning());
    }

    @Test
    void aHeartRateNoHeartCanHaveIsSkipped() throws IOException {
        FileReport r = loadSkipping("oura-v2-heartrate.json", "[{\"bpm\":60,\"source\":\"awake\",\"timestamp\":"
                + "\"2022-12-01T10:00:00+00:00\"},\n{\"bpm\":6000,\"timestamp\":\"2022-12-01T10:05:00+00:00\"},\n"
                + "{\"bpm\":0,\"timestamp\":\"2022-12-01T10:06:00+00:00\"},\n"
                + "{\"bpm\":1e999,\"timestamp\":\"2022-12-01T10:07:00+00:00\"}]", 1, 3);
        assertTrue(r.warning().startsWith("record 2 at line 2"), r.warning());
        assertTrue(r.warning().contains("6000"), r.warning());
    }

    @Test
    void aHeartRateRowBefore2010IsSkipped() throws IOException {
        FileReport r = loadSkipping("page 3.json", "[{\"bpm\":60,\"timestamp\":\"1969-12-31T23:00:00+00:00\"},"
                + "{\"bpm\":61,\"timestamp\":\"2022-12-01T10:00:00+00:00\"}]", 1, 1);
        assertTrue(r.warning().startsWith("record 1 at line 1"), r.warning());
        assertTrue(r.warning().contains("1969"), r.warning());
    }

    @Test
    void badTimestampSkipsTheRow() throws IOException {
        FileReport r = loadSkipping("oura-v2-heartrate.json", "[{\"bpm\":60,\"timestamp\":\"yesterday\"},"
                + "{\"bpm\":61,\"timestamp\":\"2022-12-01T10:00:00+00:00\"}]", 1, 1);
        assertTrue(r.warning().contains("timestamp is not a date and time"), r.warning());
    }

    @Test
    void aFileOfOnlyBadRecordsLoadsNothingAndSaysWhy() throws IOException {
        FileReport r = loadSkipping("oura-v2-heartrate.json", "[{\"bpm\":60,\"timestamp\":\"yesterday\"}]", 0, 1);
        assertTrue(r.warning().contains("yesterday"), r.warning());
    }

    @Test
    void apiErrorAnswer() throws IOException {
        FileReport r = loadWith("x.json", "{\"detail\": \"Document not found.\"}");
        assertTrue(r.error().contains("Document not found."), r.error());
    }

    @Test
    void moreContentAfterTheDataKeepsTheData() throws IOException {
        FileReport r = loadCut("two.json", GOOD + "\n" + GOOD, 1);
        assertTrue(r.error().contains("line 2, column 1"), r.error());
    }

    @Test
    void aFileThatIsNotThereIsReportedNotThrown() {
        LoadResult result = DataLoader.load(List.of(dir, dir.resolve("missing.json")));
        assertEquals(1, result.failedCount());
        FileReport missing = result.files().stream().filter(FileReport::failed).findFirst().orElseThrow();
        assertEquals("no such file or folder", missing.error());
        assertNull(missing.kind());
    }
}
