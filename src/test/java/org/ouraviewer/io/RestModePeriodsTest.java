package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.sample.ExportCsv;
import org.ouraviewer.text.TagLabels;

/**
 * Rest mode periods (four real ones: two moments, one of 16 hours, one of 32 hours with two episodes) read from
 * the API's JSON and from the Membership Hub's {@code restmodeperiod.csv}, which go through the same mapping.
 */
class RestModePeriodsTest {
    @TempDir
    Path dir;

    private static Path json() throws URISyntaxException {
        return Path.of(RestModePeriodsTest.class.getResource("/restmode/rest_mode_period.json").toURI());
    }

    @Test
    void theJsonGivesEachPeriodWithItsEpisodes() throws Exception {
        OuraData data = DataLoader.load(List.of(json())).data();
        List<RestModePeriod> periods = data.restModePeriods();
        assertEquals(4, periods.size());
        assertEquals(Map.of(OuraKind.REST_MODE_PERIOD, 4), data.recordCounts());
        RestModePeriod moment = periods.get(0);
        assertEquals(LocalDate.of(2020, 12, 25), moment.startDay());
        assertEquals(moment.start(), moment.end());
        assertEquals(List.of("Alcohol", "Cold"), TagLabels.labels(moment));
        RestModePeriod surgery = periods.get(3);
        assertEquals(OffsetDateTime.parse("2023-05-04T07:12:41+02:00"), surgery.start());
        assertEquals(OffsetDateTime.parse("2023-05-05T15:06:18+02:00"), surgery.end()); // 32 h: no cap on length
        assertEquals(LocalDate.of(2023, 5, 5), surgery.endDay());
        assertEquals(2, surgery.episodes().size());
        assertEquals(List.of("tag_generic_surgery"), surgery.episodes().get(1).tags());
        assertEquals(List.of(), periods.get(2).episodes());
        assertEquals(0, data.days().size(), "rest mode adds no days of its own, as before it was modelled");
    }

    @Test
    void theHubCsvGivesTheSameAndTheTwoMergeById() throws Exception {
        StringWriter csv = new StringWriter();
        ExportCsv.hub(ExportCsv.documents(json()), csv, true);
        Path hub = dir.resolve("restmodeperiod.csv");
        Files.writeString(hub, csv.toString(), StandardCharsets.UTF_8);
        LoadResult fromCsv = DataLoader.load(List.of(hub));
        assertEquals(0, fromCsv.failedCount(), fromCsv.files()::toString);
        assertEquals(DataLoader.load(List.of(json())).data().restModePeriods(), fromCsv.data().restModePeriods());
        OuraData both = DataLoader.load(List.of(json(), hub)).data();
        assertEquals(4, both.restModePeriods().size());
        assertEquals(4, both.recordCounts().get(OuraKind.REST_MODE_PERIOD));
    }

    @Test
    void aPeriodStillRunningHasNoEndAndOneEndingBeforeItStartsIsSkipped() throws Exception {
        Path file = dir.resolve("rest_mode_period.json");
        Files.writeString(file, """
                {"data": [
                 {"id": "r1", "start_day": "2024-03-05", "start_time": "2024-03-05T09:00:00+01:00",
                  "end_day": null, "end_time": null, "episodes": []},
                 {"id": "r2", "start_day": "2024-03-06", "start_time": "2024-03-06T09:00:00+01:00",
                  "end_day": "2024-03-06", "end_time": "2024-03-06T08:00:00+01:00", "episodes": []}]}
                """);
        LoadResult r = DataLoader.load(List.of(file));
        assertEquals(List.of("r1"), r.data().restModePeriods().stream().map(RestModePeriod::id).toList());
        assertNull(r.data().restModePeriods().get(0).end());
        assertEquals(1, r.files().get(0).skipped());
    }
}
