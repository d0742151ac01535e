package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;

/** Envelope, array or single document; names that do not say the kind; BOM; the same data twice. */
class FileShapesTest {
    private static final LocalDate DAY = LocalDate.of(2022, 12, 1);
    private static final String SLEEP_DOC = "{\"id\":\"s1\",\"day\":\"2022-12-01\",\"type\":\"long_sleep\","
            + "\"bedtime_start\":\"2022-12-01T00:43:00+00:00\",\"bedtime_end\":\"2022-12-01T08:51:00+00:00\","
            + "\"total_sleep_duration\":24210}";

    @TempDir
    Path dir;

    private FileReport readOne(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        LoadResult r = DataLoader.load(List.of(f));
        assertEquals(1, r.files().size());
        return r.files().get(0);
    }

    private void assertReport(String name, String kind, int records, FileReport r) {
        assertEquals(dir.resolve(name).toString(), r.path());
        assertEquals("json", r.format());
        assertEquals(kind, r.kind(), r::toString);
        assertEquals(records, r.records(), r::toString);
        assertEquals(java.util.Map.of(kind, records), r.kinds());
        assertEquals(0, r.skipped(), r::toString);
        assertEquals(null, r.error(), r::toString);
    }

    @Test
    void arrayEnvelopeAndSingleDocumentGiveTheSameRecord() throws IOException {
        assertReport("a.json", "sleep", 1, readOne("a.json", "[" + SLEEP_DOC + "]"));
        assertReport("b.json", "sleep", 1, readOne("b.json", "{\"data\":[" + SLEEP_DOC + "],\"next_token\":null}"));
        assertReport("c.json", "sleep", 1, readOne("c.json", SLEEP_DOC));
        // fields after "data" (next_token first or last) do not matter
        assertEquals(1, readOne("d.json", "{\"next_token\":\"abc\",\"data\":[" + SLEEP_DOC + "]}").records());
        OuraData all = DataLoader.load(List.of(dir)).data();
        assertEquals(1, all.sleepPeriods(DAY).size(), "the same period four times is one period");
    }

    @Test
    void emptyListsAreNotErrors() throws IOException {
        FileReport r = readOne("oura-v2-tag.json", "[]");
        assertFalse(r.failed());
        assertEquals(0, r.records());
        assertEquals("tag", r.kind());
        assertFalse(readOne("x.json", "{\"data\":[],\"next_token\":null}").failed());
    }

    @Test
    void kindsAreRecognisedFromFieldsWhenTheNameSaysNothing() throws IOException {
        Path notebook = TestFiles.samples("open-humans-notebook");
        String[][] cases = {
                {"oura-v2-sleep.json", "sleep"}, {"oura-v2-daily_sleep.json", "daily_sleep"},
                {"oura-v2-daily_readiness.json", "daily_readiness"}, {"oura-v2-daily_activity.json", "daily_activity"},
                {"oura-v2-heartrate.json", "heartrate"}, {"oura-v2-tag.json", "tag"}, {"oura-v2-workout.json", "workout"}};
        int n = 0;
        for (String[] c : cases) {
            String name = n++ % 2 == 0 ? "export (" + n + ").json" : "page " + n + ".json";
            FileReport r = readOne(name, Files.readString(notebook.resolve(c[0])));
            assertEquals(c[1], r.kind(), name + " holding " + c[0]);
            assertFalse(r.failed(), r::toString);
        }
        Path api = TestFiles.samples("api-recordings");
        assertEquals("enhanced_tag", readOne("export (9).json", Files.readString(api.resolve("enhanced_tag__multiple.json"))).kind());
        assertEquals("session", readOne("page 9.json", Files.readString(api.resolve("session__multiple.json"))).kind());
        assertEquals("daily_spo2", readOne("page 10.json", Files.readString(api.resolve("daily_spo2__multiple.json"))).kind());
    }

    @Test
    void heartRateRecognisedFromTheFirstRowStreamsTheRest() throws IOException {
        Path api = TestFiles.samples("api-recordings/heartrate__multiple_default_window.json");
        FileReport r = readOne("page 2.json", Files.readString(api));
        assertReport("page 2.json", "heartrate", 1101, r);
    }

    @Test
    void theFieldsWinOverANameThatLies() throws IOException {
        // Oura on the Web's "oura_daily-sleep_…" holds daily_sleep documents, whatever "sleep" suggests
        FileReport r = readOne("oura-v2-daily_readiness.json",
                "[{\"day\":\"2022-12-01\",\"score\":80,\"contributors\":{\"deep_sleep\":1}}]");
        assertEquals("daily_sleep", r.kind());
    }

    @Test
    void theNameDecidesWhereTheFieldsFitSeveralKinds() throws IOException {
        // a daily document with nothing but its score could be any of the three daily scores
        assertEquals("daily_readiness", readOne("oura-v2-daily_readiness.json",
                "[{\"day\":\"2022-12-01\",\"score\":80}]").kind());
        assertEquals("daily_activity", readOne("activity.json", "[{\"day\":\"2022-12-01\",\"score\":80}]").kind());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        byte[] body = Files.readAllBytes(TestFiles.samples("open-humans-notebook/oura-v2-daily_sleep.json"));
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("oura-v2-daily_sleep.json"), withBom);
        LoadResult r = DataLoader.load(List.of(dir));
        assertEquals(0, r.failedCount(), r.files()::toString);
        assertEquals(75, r.data().dailySleep(DAY).orElseThrow().score());
    }

    @Test
    void textAndNonAsciiSurvive() throws IOException {
        Files.writeString(dir.resolve("oura-v2-tag.json"), "[{\"day\":\"2022-12-01\",\"text\":\"Café, 睡眠 😴\","
                + "\"timestamp\":\"2022-12-01T09:00:00+07:00\",\"tags\":[\"tag_generic_jetlag\"]}]", StandardCharsets.UTF_8);
        OuraData data = DataLoader.load(List.of(dir)).data();
        assertEquals("Café, 睡眠 😴", data.tags(DAY).get(0).text());
        assertEquals(7 * 3600, data.tags(DAY).get(0).time().getOffset().getTotalSeconds());
    }

    @Test
    void theSameRecordsInTwoFilesCountOnce() throws IOException {
        Path notebook = TestFiles.samples("open-humans-notebook");
        Files.createDirectories(dir.resolve("copy"));
        for (String name : List.of("oura-v2-sleep.json", "oura-v2-heartrate.json", "oura-v2-tag.json",
                "oura-v2-workout.json", "oura-v2-daily_sleep.json")) {
            Files.copy(notebook.resolve(name), dir.resolve("copy").resolve("again " + name));
        }
        LoadResult r = DataLoader.load(List.of(notebook, dir));
        assertEquals(0, r.failedCount());
        assertEquals(12, r.files().size());
        OuraData once = DataLoader.load(List.of(notebook)).data();
        assertEquals(once.recordCounts(), r.data().recordCounts());
        assertEquals(1, r.data().sleepPeriods(DAY).size());
        assertEquals(10, r.data().heartRate().size());
    }

    @Test
    void theSameFileOpenedTwiceIsReadOnce() {
        Path sleep = TestFiles.samples("open-humans-notebook/oura-v2-sleep.json");
        Path folder = TestFiles.samples("open-humans-notebook");
        LoadResult r = DataLoader.load(List.of(sleep, sleep, folder, folder.resolve(".").resolve("oura-v2-sleep.json")));
        assertEquals(7, r.files().size(), r.files()::toString);
        assertEquals(1, r.data().recordCounts().get(OuraKind.SLEEP));
    }

    @Test
    void aFileReadAgainAfterItChangedGivesItsNewRecords() throws IOException {
        Path f = dir.resolve("oura-v2-daily_activity.json");
        Files.writeString(f, "[{\"id\":\"today\",\"day\":\"2022-12-01\",\"score\":40,\"steps\":1000}]");
        LoadResult morning = DataLoader.load(List.of(dir));
        Files.writeString(f, "[{\"id\":\"today\",\"day\":\"2022-12-01\",\"score\":80,\"steps\":9000},"
                + "{\"id\":\"tomorrow\",\"day\":\"2022-12-02\",\"score\":50,\"steps\":10}]");
        LoadResult evening = DataLoader.load(List.of(f), morning, (d, t) -> { }, () -> false);
        assertEquals(9000, evening.data().dailyActivity(DAY).orElseThrow().steps());
        assertEquals(2, evening.data().recordCounts().get(OuraKind.DAILY_ACTIVITY));
        assertEquals(1, evening.files().size());
        assertReport("oura-v2-daily_activity.json", "daily_activity", 2, evening.files().get(0));
    }

    @Test
    void openingMoreKeepsWhatWasLoaded() {
        Path folder = TestFiles.samples("open-humans-notebook");
        LoadResult first = DataLoader.load(List.of(folder.resolve("oura-v2-sleep.json")));
        LoadResult more = DataLoader.load(List.of(folder), first, (d, t) -> { }, () -> false);
        assertEquals(1, more.data().recordCounts().get(OuraKind.SLEEP));
        assertEquals(75, more.data().dailySleep(DAY).orElseThrow().score());
        assertTrue(more.files().size() >= 7);
    }
}
