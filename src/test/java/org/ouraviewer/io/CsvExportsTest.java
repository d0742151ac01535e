package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.sample.ExportCsv;

/**
 * The Membership Hub export and Oura on the Web's CSVs, made from the notebook's real documents the way
 * DATA.md says those exports write them: the same night read from JSON, the Hub CSV and the web CSV gives
 * the same numbers wherever the format carries them.
 */
class CsvExportsTest {
    private static final LocalDate NIGHT = LocalDate.of(2022, 12, 1);
    private static final Path NOTEBOOK = TestFiles.samples("open-humans-notebook");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String hub(List<JsonNode> docs, boolean bom) throws IOException {
        StringWriter w = new StringWriter();
        ExportCsv.hub(docs, w, bom);
        return w.toString();
    }

    private static List<JsonNode> docs(String file) throws IOException {
        return ExportCsv.documents(NOTEBOOK.resolve(file));
    }

    /** A deleted period as the export writes it: all zeros, inside the same day. */
    private static JsonNode deletedPeriod() {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", "deleted-1").put("day", "2022-12-01").put("type", "deleted")
                .put("bedtime_start", "2022-12-01T14:00:00.000+00:00").put("bedtime_end", "2022-12-01T14:20:00.000+00:00")
                .put("total_sleep_duration", 0).put("time_in_bed", 0).put("deep_sleep_duration", 0);
        return p;
    }

    private Path hubZip(boolean camelCase) throws IOException {
        Path zip = dir.resolve("oura_export.zip");
        List<JsonNode> sleep = new ArrayList<>(docs("oura-v2-sleep.json"));
        sleep.add(deletedPeriod());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(z, camelCase ? "App Data/DailySleep.csv" : "App Data/dailysleep.csv", hub(docs("oura-v2-daily_sleep.json"), true));
            put(z, camelCase ? "App Data/DailyReadiness.csv" : "App Data/dailyreadiness.csv",
                    hub(docs("oura-v2-daily_readiness.json"), false));
            put(z, camelCase ? "App Data/SleepModel.csv" : "App Data/sleepmodel.csv", hub(sleep, true));
            put(z, camelCase ? "App Data/HeartRate.csv" : "App Data/heartrate.csv", hub(docs("oura-v2-heartrate.json"), false));
            put(z, camelCase ? "App Data/Workout.csv" : "App Data/workout.csv", hub(docs("oura-v2-workout.json"), false));
            put(z, "App Data/meal.csv", "id;timestamp;meal_type;notes\r\nm1;2022-12-01T12:00:00.000+00:00;lunch;soup\r\n");
            put(z, "App Data/consent.csv", "key;value\r\nresearch;false\r\n");
        }
        return zip;
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void theHubExportZipLoadsInBothNamings() throws IOException {
        for (boolean camel : new boolean[] {false, true}) {
            LoadResult r = DataLoader.load(List.of(hubZip(camel)));
            assertEquals(0, r.failedCount(), r.files()::toString);
            assertEquals(7, r.files().size());
            FileReport sleep = r.files().stream().filter(f -> f.path().toLowerCase().endsWith("sleepmodel.csv"))
                    .findFirst().orElseThrow();
            assertEquals("hub-csv", sleep.format());
            assertEquals(Map.of("sleep", 2), sleep.kinds());
            assertEquals(2, r.files().stream().filter(FileReport::ignored).count(), "meal and consent: known, not used");
            OuraData data = r.data();
            assertEquals(75, data.dailySleep(NIGHT).orElseThrow().score());
            assertEquals(86, data.dailyReadiness(NIGHT).orElseThrow().score());
            assertEquals(10, data.heartRate().size());
            assertEquals(5, data.workouts().size());
        }
    }

    @Test
    void aDeletedPeriodIsShownAsDeletedAndKeptOutOfTotals() throws IOException {
        OuraData data = DataLoader.load(List.of(hubZip(false))).data();
        List<SleepPeriod> periods = data.sleepPeriods(NIGHT);
        assertEquals(2, periods.size());
        assertEquals(SleepType.DELETED, periods.get(1).type());
        assertTrue(!SleepType.DELETED.countsAsSleep());
        assertEquals(SleepType.LONG_SLEEP, data.mainSleep(NIGHT).orElseThrow().type());
    }

    @Test
    void theSameNightFromJsonHubCsvAndWebCsvHasTheSameNumbers() throws IOException {
        SleepPeriod json = DataLoader.load(List.of(NOTEBOOK.resolve("oura-v2-sleep.json"))).data()
                .mainSleep(NIGHT).orElseThrow();
        Path hubFile = dir.resolve("sleepmodel.csv");
        Files.writeString(hubFile, hub(docs("oura-v2-sleep.json"), true));
        Path webFile = dir.resolve("oura_sleep_2024-06-04T09-46-03.csv");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(webFile), StandardCharsets.UTF_8)) {
            ExportCsv.webSleep(docs("oura-v2-sleep.json"), w);
        }
        LoadResult hub = DataLoader.load(List.of(hubFile));
        LoadResult web = DataLoader.load(List.of(webFile));
        assertEquals("hub-csv", hub.files().get(0).format());
        assertEquals("web-csv", web.files().get(0).format());
        for (LoadResult r : List.of(hub, web)) {
            SleepPeriod p = r.data().mainSleep(NIGHT).orElseThrow();
            assertEquals(json.start(), p.start());
            assertEquals(json.end(), p.end());
            assertEquals(json.type(), p.type());
            assertEquals(json.durations(), p.durations());
            assertEquals(json.vitals(), p.vitals());
            assertEquals(json.phases5Min(), p.phases5Min());
            assertEquals(json.movement30Sec(), p.movement30Sec());
            assertEquals(json.readinessScore(), p.readinessScore());
            assertArrayEquals(json.heartRate().toArray(), p.heartRate().toArray());
            assertArrayEquals(json.hrv().toArray(), p.hrv().toArray());
            assertEquals(json.heartRate().start().toInstant(), p.heartRate().start().toInstant());
        }
        assertEquals(24210, json.durations().totalSleep());
        assertNull(web.data().mainSleep(NIGHT).orElseThrow().id(), "the web export has no ids");
    }

    @Test
    void cellsWithJsonNestedSeriesAndPythonTextAreRead() throws IOException {
        Path f = dir.resolve("sleep_dump.csv");
        Files.writeString(f, "day,type,bedtime_start,bedtime_end,total_sleep_duration,heart_rate\n"
                + "2026-01-22,long_sleep,2026-01-21 23:32:58-08:00,2026-01-22 07:01:12.5-08:00,24000,"
                + "\"{'interval': 300.0, 'items': [None, 61, 58.0], 'timestamp': '2026-01-21T23:32:58-08:00'}\"\n");
        LoadResult r = DataLoader.load(List.of(f));
        assertEquals("csv", r.files().get(0).format(), r.files()::toString);
        SleepPeriod p = r.data().mainSleep(LocalDate.of(2026, 1, 22)).orElseThrow();
        assertEquals(-8 * 3600, p.start().getOffset().getTotalSeconds());
        assertArrayEquals(new float[] {Float.NaN, 61f, 58f}, p.heartRate().toArray());
        assertEquals(24000, p.durations().totalSleep());
    }

    @Test
    void spreadsheetDaysAndCrlfAndBomAreRead() throws IOException {
        Path f = dir.resolve("readiness.csv");
        Files.write(f, ("\uFEFFday,score,temperature_deviation\r\n7/11/2024,80,0.1\r\n13/11/2024,81,None\r\n"
                + "2024-11-14,,\r\n").getBytes(StandardCharsets.UTF_8));
        OuraData data = DataLoader.load(List.of(f)).data();
        assertEquals(80, data.dailyReadiness(LocalDate.of(2024, 7, 11)).orElseThrow().score());
        assertEquals(81, data.dailyReadiness(LocalDate.of(2024, 11, 13)).orElseThrow().score());
        assertNull(data.dailyReadiness(LocalDate.of(2024, 11, 13)).orElseThrow().temperatureDeviation());
        assertNull(data.dailyReadiness(LocalDate.of(2024, 11, 14)).orElseThrow().score());
    }

    @Test
    void theHubHeartRateIsTheSameAsTheJson() throws IOException {
        Path f = dir.resolve("heartrate.csv");
        Files.writeString(f, hub(ExportCsv.documents(TestFiles.samples("api-recordings/heartrate__multiple_default_window.json")),
                true));
        OuraData csv = DataLoader.load(List.of(f)).data();
        OuraData json = DataLoader.load(List.of(TestFiles.samples("api-recordings/heartrate__multiple_default_window.json")))
                .data();
        assertEquals(1101, csv.heartRate().size());
        for (int i = 0; i < json.heartRate().size(); i++) {
            assertEquals(json.heartRate().epochSecond(i), csv.heartRate().epochSecond(i));
            assertEquals(json.heartRate().bpm(i), csv.heartRate().bpm(i));
            assertEquals(json.heartRate().source(i), csv.heartRate().source(i));
        }
    }
}
