package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.OuraData;

/**
 * Every wrapper people's files put records in, every timestamp form, and what one bad record or a cut
 * costs: the records are found by content wherever they sit, and only the bad part is lost.
 */
class JsonWrappersTest {
    private static final String DAILY_SLEEP = "{\"id\":\"ds1\",\"day\":\"2022-12-01\",\"score\":75,"
            + "\"contributors\":{\"deep_sleep\":94,\"rem_sleep\":90}}";
    private static final String READINESS = "{\"day\":\"2022-12-01\",\"score\":86,\"temperature_deviation\":-0.1,"
            + "\"contributors\":{\"hrv_balance\":80}}";
    private static final String ACTIVITY = "{\"day\":\"2022-12-01\",\"score\":60,\"steps\":4000}";
    private static final String HEART = "{\"bpm\":60,\"source\":\"awake\",\"timestamp\":\"2022-12-01T10:00:00+00:00\"}";
    private static final String PERIOD = "{\"day\":\"2022-12-01\",\"type\":\"long_sleep\","
            + "\"bedtime_start\":\"2022-12-01T00:43:00+00:00\",\"bedtime_end\":\"2022-12-01T08:51:00+00:00\"}";

    @TempDir
    Path dir;

    private FileReport read(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
        LoadResult r = DataLoader.load(List.of(dir.resolve(name)));
        return r.files().get(0);
    }

    private OuraData data(String name) {
        return DataLoader.load(List.of(dir.resolve(name))).data();
    }

    @Test
    void ouraOnTheWebsOwnWrapper() throws IOException {
        FileReport f = read("oura_daily-sleep_2025-05-15T23-41-41.json", "{\"daily_sleep\": [" + DAILY_SLEEP + "]}");
        assertEquals(Map.of("daily_sleep", 1), f.kinds());
        assertNull(f.error());
    }

    @Test
    void aScriptsWrapperWithSeveralKindsAndLyingKeys() throws IOException {
        FileReport f = read("oura.json", "{\"updated_at\": \"2025-12-24T07:16:49\", \"sleep\": [" + DAILY_SLEEP + "],"
                + " \"readiness\": [" + READINESS + "], \"heartrate\": [" + HEART + "], \"notes\": [\"x\"]}");
        assertEquals("mixed", f.kind());
        assertEquals(Map.of("daily_sleep", 1, "daily_readiness", 1, "heartrate", 1), f.kinds());
    }

    @Test
    void envelopesNestedUnderWrapperKeys() throws IOException {
        FileReport f = read("dump.json", "{\"daily_activity\": {\"data\": [" + ACTIVITY + "], \"next_token\": null},"
                + " \"sleep\": {\"data\": [" + PERIOD + "]}}");
        assertEquals(Map.of("daily_activity", 1, "sleep", 1), f.kinds());
    }

    @Test
    void aListOfWrappers() throws IOException {
        FileReport f = read("pages.json", "[{\"data\": [" + DAILY_SLEEP + "]}, {\"data\": [" + READINESS + "]}]");
        assertEquals(Map.of("daily_sleep", 1, "daily_readiness", 1), f.kinds());
    }

    @Test
    void v1ArraysUnderAnyName() throws IOException {
        FileReport f = read("mock_sleep_data.json", "{\"sleep\": [{\"summary_date\": \"2022-11-30\","
                + " \"bedtime_start\": \"2022-11-30T23:00:00+01:00\", \"bedtime_end\": \"2022-12-01T07:00:00+01:00\","
                + " \"duration\": 28800, \"total\": 25000, \"is_longest\": 1, \"score\": 80}]}");
        assertEquals("v1", f.kind());
        assertEquals(2, f.records(), "the period and its day's score");
        assertEquals(80, data("mock_sleep_data.json").dailySleep(LocalDate.of(2022, 12, 1)).orElseThrow().score());
    }

    @Test
    void aNameThatSuggestsAnotherKindDoesNotMatter() throws IOException {
        FileReport f = read("enhanced-tags-response.json", "{\"data\": [{\"id\": \"t\", \"tag_type_code\": \"tag_generic_alcohol\","
                + " \"start_time\": \"2022-12-01T20:00:00+01:00\", \"start_day\": \"2022-12-01\"}]}");
        assertEquals("enhanced_tag", f.kind());
    }

    @Test
    void heartRateWithUnixTimesInMillisecondsOrSeconds() throws IOException {
        read("hr.json", "{\"heart_rate\": [{\"timestamp_unix\": 1638446559000, \"bpm\": 61, \"quality\": 3,"
                + " \"source\": \"rest\", \"restorative\": false}, {\"timestamp_unix\": 1638446619, \"bpm\": 62}]}");
        OuraData d = data("hr.json");
        assertEquals(2, d.heartRate().size());
        assertEquals(Instant.ofEpochSecond(1638446559L), d.heartRate().time(0));
        assertEquals(Instant.ofEpochSecond(1638446619L), d.heartRate().time(1));
    }

    @Test
    void everyTimestampFormMeansTheSameInstant() throws IOException {
        String[] forms = {"2022-12-01T10:00:00+00:00", "2022-12-01T10:00:00Z", "2022-12-01T10:00:00.000Z",
            "2022-12-01T10:00:00.000+00:00", "2022-12-01 10:00:00+00:00", "2022-12-01T11:00:00+0100",
            "2022-12-01T11:00:00+01", "2022-12-01T02:00:00.5-08:00", "2022-12-01T10:00:00"};
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < forms.length; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"bpm\":").append(60 + i).append(",\"timestamp\":\"")
                    .append(forms[i]).append("\"}");
        }
        FileReport f = read("forms.json", rows.append("]").toString());
        assertEquals(forms.length, f.records(), f::toString);
        OuraData d = data("forms.json");
        for (int i = 0; i < d.heartRate().size(); i++) {
            assertEquals(Instant.parse("2022-12-01T10:00:00Z"), d.heartRate().time(i));
        }
    }

    @Test
    void aFileCutShortKeepsTheRecordsBeforeTheCut() throws IOException {
        String whole = "[\n" + DAILY_SLEEP.replace("ds1", "a") + ",\n" + DAILY_SLEEP.replace("ds1", "b")
                .replace("12-01", "12-02") + ",\n" + DAILY_SLEEP.replace("ds1", "c").replace("12-01", "12-03") + "\n]";
        FileReport f = read("cut.json", whole.substring(0, whole.length() - 30));
        assertEquals(2, f.records());
        assertTrue(f.error().startsWith("line 4, column"), f.error());
        assertTrue(f.error().contains("cut short"), f.error());
        assertEquals(2, data("cut.json").dailySleepByDay().size());
    }

    @Test
    void oneImpossibleRecordAmongGoodOnesCostsThatRecord() throws IOException {
        String backwards = PERIOD.replace("2022-12-01T08:51:00", "2022-11-30T08:51:00");
        String forever = PERIOD.replace("2022-12-01T08:51:00+00:00", "9999-12-01T08:51:00+00:00");
        String ancient = PERIOD.replace("2022-12-01T00:43:00+00:00", "0001-01-01T00:43:00+00:00");
        FileReport f = read("oura-v2-sleep.json", "[" + PERIOD + "," + backwards + "," + forever + "," + ancient + ","
                + PERIOD.replace("00:43", "00:44") + "]");
        assertEquals(2, f.records(), f::toString);
        assertEquals(3, f.skipped(), f::toString);
        assertEquals("record 2 at line 1, column 129: the sleep period ends before it starts", f.warning());
        assertNull(f.error());
    }

    @Test
    void aHypnogramFarLongerThanItsNightIsCutNotLoadedWhole() throws IOException {
        String huge = PERIOD.replace("}", ",\"sleep_phase_5_min\":\"" + "2".repeat(200_000) + "\"}");
        FileReport f = read("oura-v2-sleep.json", "[" + huge + "]");
        assertEquals(1, f.records(), f::toString);
        assertEquals(0, f.skipped(), f::toString);
        assertEquals("1 impossible value left out in record 1 at line 1, column 2: sleep_phase_5_min has 200000 "
                + "characters, more than its period can hold (110): the last 199890 left out", f.warning());
        // 8 h 8 min is 97.6 five-minute steps: 98 begun, plus the 12 the samples seen may run late
        assertEquals(110, data("oura-v2-sleep.json").sleepPeriods(java.time.LocalDate.of(2022, 12, 1)).get(0)
                .phases5Min().length());
    }

    @Test
    void numbersNoRecordCanHaveAreLeftOutAloneAndCounted() throws IOException {
        FileReport f = read("oura-v2-sleep.json", "[" + PERIOD.replace("}", ",\"average_heart_rate\":1e999}") + ","
                + PERIOD.replace("}", ",\"lowest_heart_rate\":99999999999999999999}").replace("00:43", "00:44") + ","
                + PERIOD.replace("}", ",\"time_in_bed\":-1}").replace("00:43", "00:45") + ","
                + PERIOD.replace("00:43", "00:46") + "]");
        assertEquals(4, f.records(), f::toString);
        assertEquals(0, f.skipped(), f::toString);
        assertEquals("3 impossible values left out, the first in record 1 at line 1, column 2: average_heart_rate "
                + "is not a finite number", f.warning());
    }

    @Test
    void anEmptyEnvelopeAndAnEmptyListAreNotErrors() throws IOException {
        assertNull(read("a.json", "{\"data\": [], \"next_token\": null}").error());
        assertNull(read("b.json", "[]").error());
        assertNull(read("c.json", "{\"sleep\": [], \"readiness\": []}").error());
    }
}
