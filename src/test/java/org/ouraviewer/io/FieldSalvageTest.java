package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.sample.ExportCsv;

/**
 * One bad value costs that value, not the record ({@code DATA.md}): an impossible number is left out as that
 * field alone, a series or phase string longer than its period is cut to what the period holds, the night is
 * kept, and the file's warning counts what was left out. The same in JSON, the Hub CSV, the web CSV and V1.
 */
class FieldSalvageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2022, 12, 1);
    /** 8 hours: 96 five-minute steps and 960 thirty-second steps, each with the 12 items of slack. */
    private static final int FITS_5_MIN = 96 + 12;
    private static final int FITS_30_SEC = 960 + 12;

    @TempDir
    Path dir;

    /** A night as the API gives it, every value possible. */
    private static ObjectNode night() {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", "n1").put("day", "2022-12-01").put("type", "long_sleep")
                .put("bedtime_start", "2022-12-01T00:00:00+00:00").put("bedtime_end", "2022-12-01T08:00:00+00:00")
                .put("time_in_bed", 28800).put("total_sleep_duration", 25200).put("efficiency", 88)
                .put("average_heart_rate", 55.5).put("lowest_heart_rate", 48).put("average_hrv", 45)
                .put("average_breath", 14.5).put("sleep_phase_5_min", "2".repeat(96))
                .put("movement_30_sec", "1".repeat(960));
        ObjectNode hr = d.putObject("heart_rate").put("interval", 300.0);
        ArrayNode items = hr.putArray("items");
        for (int i = 0; i < 96; i++) {
            items.add(60.0);
        }
        hr.put("timestamp", "2022-12-01T00:00:00.000+00:00");
        d.putObject("readiness").put("score", 80);
        return d;
    }

    private enum Shape { JSON_ARRAY, HUB_CSV, WEB_CSV }

    /** The file {@code doc} makes in {@code shape}, loaded alone. */
    private FileReport load(Shape shape, ObjectNode doc) throws IOException {
        StringWriter w = new StringWriter();
        String name = switch (shape) {
            case JSON_ARRAY -> {
                w.write(JSON.writeValueAsString(List.of(doc)));
                yield "oura-v2-sleep.json";
            }
            case HUB_CSV -> {
                ExportCsv.hub(List.of(doc), w, true);
                yield "sleepmodel.csv";
            }
            case WEB_CSV -> {
                ExportCsv.webSleep(List.of(doc), w);
                yield "oura_sleep_2024-06-04T09-46-03.csv";
            }
        };
        Path f = dir.resolve(shape + "-" + name);
        Files.writeString(f, w.toString());
        loaded = DataLoader.load(List.of(f));
        FileReport r = loaded.files().get(0);
        assertNull(r.error(), r::toString);
        assertEquals(Map.of("sleep", 1), r.kinds(), () -> shape + ": the night is kept: " + r);
        assertEquals(0, r.skipped(), r::toString);
        return r;
    }

    private LoadResult loaded;

    private SleepPeriod theNight() {
        return loaded.data().sleepPeriods(DAY).get(0);
    }

    /** The warning: how many values, the first's position (which the shape decides) and reason. */
    private static void assertWarning(int values, String firstReason, FileReport r) {
        String count = values == 1 ? "1 impossible value left out in " : values + " impossible values left out, the first in ";
        assertTrue(r.warning() != null && r.warning().startsWith(count), r::toString);
        assertTrue(r.warning().endsWith(": " + firstReason), r::toString);
        BadInputTest.assertOneClearSentence(r.warning());
    }

    @Test
    void aPossibleNightHasNoWarning() throws IOException {
        for (Shape shape : Shape.values()) {
            FileReport r = load(shape, night());
            assertNull(r.warning(), r::toString);
            assertEquals(48, theNight().vitals().lowestHeartRate());
            assertEquals(96, theNight().heartRate().size());
        }
    }

    @Test
    void theSandboxsFifteenMovementsForAPeriodThatHoldsTwelveKeepTheTwelve() throws IOException {
        // Oura's sandbox: a period with no length, so the 12 items of slack are all it holds
        ObjectNode doc = night().put("bedtime_end", "2022-12-01T00:00:00+00:00")
                .put("movement_30_sec", "112211221122333");
        doc.remove(List.of("sleep_phase_5_min", "heart_rate"));
        for (Shape shape : Shape.values()) {
            FileReport r = load(shape, doc);
            assertWarning(1, "movement_30_sec has 15 characters, more than its period can hold (12): the last 3 left out", r);
            assertEquals("112211221122", theNight().movement30Sec(), shape::toString);
            assertEquals(88, theNight().vitals().efficiency(), "the rest of the night is kept");
        }
    }

    @Test
    void phasesAndHeartRateTwoItemsTooLongKeepWhatFits() throws IOException {
        ObjectNode doc = night().put("sleep_phase_5_min", "2".repeat(FITS_5_MIN - 1) + "344");
        ArrayNode items = (ArrayNode) doc.path("heart_rate").path("items");
        while (items.size() < FITS_5_MIN + 2) {
            items.add(61.0);
        }
        for (Shape shape : Shape.values()) {
            FileReport r = load(shape, doc);
            // the series is read before the phases
            assertWarning(2, "heart_rate has 110 items, more than its period can hold (108): the last 2 left out", r);
            SleepPeriod p = theNight();
            assertEquals("2".repeat(FITS_5_MIN - 1) + "3", p.phases5Min(), shape::toString);
            assertEquals(FITS_5_MIN, p.heartRate().size(), shape::toString);
            assertEquals(60f, p.heartRate().value(0));
        }
    }

    @Test
    void movementTwoItemsTooLongKeepsWhatFits() throws IOException {
        ObjectNode doc = night().put("movement_30_sec", "1".repeat(FITS_30_SEC + 2));
        for (Shape shape : Shape.values()) {
            FileReport r = load(shape, doc);
            assertWarning(1, "movement_30_sec has 974 characters, more than its period can hold (972): the last 2 "
                    + "left out", r);
            assertEquals(FITS_30_SEC, theNight().movement30Sec().length());
        }
    }

    @Test
    void eachImpossibleNumberIsLeftOutAloneAndCounted() throws IOException {
        ObjectNode doc = night().put("efficiency", -19).put("average_hrv", 100000).put("lowest_heart_rate", 0);
        ((ObjectNode) doc.path("readiness")).put("score", 150);
        for (Shape shape : Shape.values()) {
            FileReport r = load(shape, doc);
            // the first in the order the fields are read
            assertWarning(4, "lowest_heart_rate 0 is out of range (1 to 300)", r);
            SleepPeriod p = theNight();
            assertNull(p.vitals().efficiency(), shape::toString);
            assertNull(p.vitals().averageHrv(), shape::toString);
            assertNull(p.vitals().lowestHeartRate(), "a lowest heart rate of 0 is no heart rate: " + shape);
            assertNull(p.readinessScore(), shape::toString);
            // everything possible stays
            assertEquals(55.5, p.vitals().averageHeartRate());
            assertEquals(14.5, p.vitals().averageBreath());
            assertEquals(25200, p.durations().totalSleep());
            assertEquals(96, p.heartRate().size());
        }
    }

    @Test
    void aScoreOf150OrAContributorOutOfRangeLeavesTheRestOfTheDay() throws IOException {
        Path f = dir.resolve("oura-v2-daily_sleep.json");
        Files.writeString(f, "[{\"day\":\"2022-12-01\",\"score\":150,\"contributors\":{\"deep_sleep\":94,\"rem_sleep\":-3}},\n"
                + "{\"day\":\"2022-12-02\",\"score\":70}]");
        LoadResult r = DataLoader.load(List.of(f));
        FileReport report = r.files().get(0);
        assertEquals(2, report.records(), report::toString);
        assertEquals("2 impossible values left out, the first in record 1 at line 1, column 2: score 150 is out of "
                + "range (0 to 100)", report.warning());
        assertNull(r.data().dailySleep(DAY).orElseThrow().score());
        assertEquals(Map.of("deep_sleep", 94), r.data().dailySleep(DAY).orElseThrow().contributors());
    }

    @Test
    void aSeriesThatCannotBePlacedIsLeftOutAlone() throws IOException {
        ObjectNode doc = night();
        ((ObjectNode) doc.path("heart_rate")).put("interval", 0);
        FileReport r = load(Shape.JSON_ARRAY, doc);
        assertWarning(1, "heart_rate.interval 0 is out of range (0.001 to 86400)", r);
        assertNull(theNight().heartRate());
        assertEquals(96, theNight().phases5Min().length());
    }

    @Test
    void anActivityDayLongerThanADayKeepsWhatFits() throws IOException {
        Path f = dir.resolve("oura-v2-daily_activity.json");
        // 25 hours (the day clocks go back) of 5-minute classes is 300, and the 12 of slack
        Files.writeString(f, "[{\"day\":\"2022-12-01\",\"score\":80,\"steps\":5000,\"timestamp\":"
                + "\"2022-12-01T04:00:00+00:00\",\"class_5_min\":\"" + "1".repeat(320) + "\"}]");
        LoadResult r = DataLoader.load(List.of(f));
        assertWarning(1, "class_5_min has 320 characters, more than its period can hold (312): the last 8 left out",
                r.files().get(0));
        assertEquals(312, r.data().dailyActivity(DAY).orElseThrow().class5Min().length());
        assertEquals(5000, r.data().dailyActivity(DAY).orElseThrow().steps());
    }

    @Test
    void whatPlacesARecordStillSkipsItAndTheWarningCountsBoth() throws IOException {
        ObjectNode threeDays = night().put("bedtime_end", "2022-12-03T08:00:00+00:00");
        ObjectNode noDay = night().put("id", "n2").put("day", "0001-01-01");
        ObjectNode bad = night().put("id", "n3").put("efficiency", 101);
        Path f = dir.resolve("oura-v2-sleep.json");
        Files.writeString(f, JSON.writeValueAsString(List.of(threeDays, noDay, bad)));
        FileReport r = DataLoader.load(List.of(f)).files().get(0);
        assertEquals(1, r.records(), r::toString);
        assertEquals(2, r.skipped(), r::toString);
        assertEquals("record 1 at line 1, column 2: the sleep period lasts 56 hours: longer than any a ring records; "
                + "1 impossible value left out as well", r.warning());
    }

    @Test
    void aHeartRateRowOfBpmZeroIsStillSkipped() throws IOException {
        Path f = dir.resolve("heartrate.csv");
        Files.writeString(f, "timestamp;bpm;source\r\n2022-12-01T10:00:00+00:00;0;awake\r\n"
                + "2022-12-01T10:05:00+00:00;61;awake\r\n");
        FileReport r = DataLoader.load(List.of(f)).files().get(0);
        assertEquals(1, r.records(), r::toString);
        assertEquals(1, r.skipped(), r::toString);
        assertTrue(r.warning().contains("bpm 0 is out of range"), r::toString);
    }

    @Test
    void v1FollowsTheSameRules() throws IOException {
        ObjectNode v1 = (ObjectNode) JSON.readTree(TestFiles.samples("v1/v1-sleep-docs-example.json").toFile())
                .get("sleep").get(0);
        // 5 h 59 min: 72 five-minute steps, 84 with the slack
        v1.put("efficiency", -19).put("hr_lowest", 0).put("hypnogram_5min", "2".repeat(86));
        ObjectNode export = JSON.createObjectNode();
        export.putArray("sleep").add(v1);
        Path f = dir.resolve("oura-data.json");
        JSON.writeValue(f.toFile(), export);
        LoadResult r = DataLoader.load(List.of(f));
        FileReport report = r.files().get(0);
        assertEquals(0, report.skipped(), report::toString);
        assertWarning(3, "hr_lowest 0 is out of range (1 to 300)", report);
        SleepPeriod p = r.data().sleepPeriods(LocalDate.of(2017, 11, 6)).get(0);
        assertNull(p.vitals().efficiency());
        assertNull(p.vitals().lowestHeartRate());
        assertEquals(84, p.phases5Min().length());
        assertEquals(20310, p.durations().totalSleep());
    }
}
