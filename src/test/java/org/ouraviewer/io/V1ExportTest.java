package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;

/** The V1 export ({@code oura-data.json}): dates shifted to V2's, zeros as gaps, and V2 wins a day. */
class V1ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate NIGHT = LocalDate.of(2017, 11, 6);

    @TempDir
    Path dir;

    /** The documentation examples in the layout of Open Humans' oura-data.json. */
    private Path ouraDataJson() throws IOException {
        ObjectNode export = JSON.createObjectNode();
        export.putObject("profile").put("age", 30);
        export.set("sleep", JSON.readTree(TestFiles.samples("v1/v1-sleep-docs-example.json").toFile()).get("sleep"));
        export.set("activity", JSON.readTree(TestFiles.samples("v1/v1-activity-docs-example.json").toFile())
                .get("activity"));
        export.putArray("readiness").addObject().put("summary_date", "2017-11-05").put("period_id", 0)
                .put("score", 66).put("score_previous_night", 70).put("score_hrv_balance", 55);
        Path f = dir.resolve("oura-data.json");
        JSON.writeValue(f.toFile(), export);
        return f;
    }

    @Test
    void mapsV1ToTheDaysV2Uses() throws IOException {
        LoadResult r = DataLoader.load(List.of(ouraDataJson()));
        assertEquals(1, r.files().size());
        FileReport f = r.files().get(0);
        assertEquals(List.of(dir.resolve("oura-data.json").toString(), "json", "v1", 4, 0),
                List.of(f.path(), f.format(), f.kind(), f.records(), f.skipped()), f::toString);
        OuraData data = r.data();
        SleepPeriod p = data.sleepPeriods(NIGHT).get(0);
        assertTrue(p.fromV1());
        assertEquals(SleepType.LONG_SLEEP, p.type());
        assertEquals(20310, p.durations().totalSleep());
        assertEquals(21540, p.durations().timeInBed());
        assertEquals(2910, p.durations().deep());
        assertEquals(480, p.durations().latency());
        assertEquals(49, p.vitals().lowestHeartRate());
        // V1 writes 0 for a missing sample: 3 of 72 heart rates and 4 of 72 HRV values are gaps
        assertEquals(72, p.heartRate().size());
        assertEquals(69, p.heartRate().presentCount());
        assertEquals(68, p.hrv().presentCount());
        assertEquals(p.start(), p.heartRate().start());
        assertTrue(p.phases5Min().startsWith("4434322222"));
        // the score of the longest period is the day's sleep score
        assertEquals(70, data.dailySleep(NIGHT).orElseThrow().score());
        assertEquals(57, data.dailySleep(NIGHT).orElseThrow().contributors().get("total_sleep"));
        assertEquals(66, data.dailyReadiness(NIGHT).orElseThrow().score());
        assertEquals(87, data.dailyActivity(LocalDate.of(2016, 9, 3)).orElseThrow().score());
        assertEquals(1440, data.dailyActivity(LocalDate.of(2016, 9, 3)).orElseThrow().met().size());
        assertEquals(1, data.recordCounts().get(OuraKind.SLEEP));
        assertEquals(1, data.recordCounts().get(OuraKind.DAILY_SLEEP));
        assertEquals(1, data.recordCounts().get(OuraKind.DAILY_ACTIVITY));
        assertEquals(1, data.recordCounts().get(OuraKind.DAILY_READINESS));
    }

    @Test
    void theDocumentationExamplesAreRecognisedAsV1ByTheirContent() {
        LoadResult r = DataLoader.load(List.of(TestFiles.samples("v1")));
        assertEquals(0, r.failedCount(), r.files()::toString);
        assertTrue(r.files().stream().allMatch(f -> "v1".equals(f.kind())), r.files()::toString);
        assertEquals(70, r.data().dailySleep(NIGHT).orElseThrow().score());
    }

    @Test
    void v2WinsWhereBothHaveTheDayInWhateverOrderTheyAreOpened() throws IOException {
        Path v1 = ouraDataJson();
        Path v2 = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(v2.resolve("oura-v2-sleep.json"), "[{\"id\":\"v2\",\"day\":\"2017-11-06\",\"type\":\"long_sleep\","
                + "\"bedtime_start\":\"2017-11-06T01:00:00+02:00\",\"bedtime_end\":\"2017-11-06T08:00:00+02:00\"}]");
        Files.writeString(v2.resolve("oura-v2-daily_sleep.json"), "[{\"id\":\"d\",\"day\":\"2017-11-06\",\"score\":90}]");
        for (List<Path> order : List.of(List.of(v1, v2), List.of(v2, v1))) {
            OuraData data = DataLoader.load(order).data();
            assertEquals(List.of("v2"), data.sleepPeriods(NIGHT).stream().map(SleepPeriod::id).toList(), order::toString);
            assertEquals(90, data.dailySleep(NIGHT).orElseThrow().score());
            assertEquals(66, data.dailyReadiness(NIGHT).orElseThrow().score(), "V1 still fills the days V2 lacks");
        }
        // and when the V1 file was loaded first and V2 is opened later
        LoadResult first = DataLoader.load(List.of(v1));
        OuraData merged = DataLoader.load(List.of(v2), first, (d, t) -> { }, () -> false).data();
        assertEquals(List.of("v2"), merged.sleepPeriods(NIGHT).stream().map(SleepPeriod::id).toList());
        assertEquals(90, merged.dailySleep(NIGHT).orElseThrow().score());
    }
}
