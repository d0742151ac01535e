package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.HeartRateSamples;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.Workout;

/** Every real recording loads, with the counts SOURCES.md states. */
class RealSamplesTest {
    @Test
    void apiRecordingsLoadAndOnlyTheErrorBodyFails() {
        LoadResult r = DataLoader.load(List.of(TestFiles.samples("api-recordings")));
        List<FileReport> failed = r.files().stream().filter(FileReport::failed).toList();
        assertEquals(1, failed.size(), failed::toString);
        assertTrue(failed.get(0).path().endsWith("error_404_document_not_found.json"));
        assertEquals("an error answer of the Oura API, not data: Document not found.", failed.get(0).error());
        OuraData data = r.data();
        assertEquals(2141, data.recordCounts().get(OuraKind.DAILY_SLEEP));
        assertEquals(2141, data.recordCounts().get(OuraKind.DAILY_READINESS));
        assertEquals(48, data.recordCounts().get(OuraKind.SLEEP), "the single document repeats one of the 48");
        assertEquals(83, data.recordCounts().get(OuraKind.WORKOUT));
        assertEquals(1101, data.recordCounts().get(OuraKind.HEARTRATE));
        assertEquals(LocalDate.of(2018, 10, 10), data.firstDay().orElseThrow());
    }

    @Test
    void workoutsKeepTheirNulls() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("api-recordings/workout__multiple.json"))).data();
        assertEquals(42, data.workouts().stream().filter(w -> w.distance() == null).count());
        assertTrue(data.workouts().stream().allMatch(w -> w.label() == null));
        Workout first = data.workouts().get(0);
        assertEquals(LocalDate.of(2024, 10, 9), first.day());
        assertEquals(11, first.length().toMinutes());
    }

    @Test
    void heartRateRowsKeepTheirSources() {
        HeartRateSamples hr = DataLoader.load(List.of(TestFiles.samples(
                "api-recordings/heartrate__multiple_default_window.json"))).data().heartRate();
        int workout = 0;
        int awake = 0;
        int rest = 0;
        for (int i = 0; i < hr.size(); i++) {
            HeartRateSource s = hr.source(i);
            workout += s == HeartRateSource.WORKOUT ? 1 : 0;
            awake += s == HeartRateSource.AWAKE ? 1 : 0;
            rest += s == HeartRateSource.REST ? 1 : 0;
            if (i > 0) {
                assertTrue(hr.epochSecond(i) >= hr.epochSecond(i - 1));
            }
        }
        assertEquals(854, workout);
        assertEquals(128, awake);
        assertEquals(119, rest);
    }

    @Test
    void notebookTagsAndTheActivityOfADayInProgress() {
        OuraData data = DataLoader.load(List.of(TestFiles.samples("open-humans-notebook"))).data();
        assertEquals(4, data.tags().size());
        assertEquals(List.of("tag_generic_tired", "tag_generic_jetlag", "tag_generic_hotel"),
                data.tags(LocalDate.of(2022, 10, 10)).get(0).codes());
        assertNull(data.tags(LocalDate.of(2022, 10, 10)).get(0).text());
        var activity = data.dailyActivity(LocalDate.of(2022, 12, 1)).orElseThrow();
        assertEquals(116, activity.class5Min().length());
        assertEquals(1440, activity.met().size());
        assertEquals(60.0, activity.met().intervalSeconds());
        assertEquals(4875, activity.steps());
    }
}
