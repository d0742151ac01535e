package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.work.TestThreads;

/** What a fetch saves opens like any Open Humans download. */
class FetchedFolderLoadsTest {
    static final String READINESS = "api-recordings/history/daily_readiness_2018-10-10_to_2024-11-12.json";
    static final String ENHANCED_TAG = "api-recordings/history/enhanced_tag_2023-08-30_to_2024-11-09.json";

    /** A year: the heart-rate windows stay few, the daily history still has hundreds of days. */
    static final DateRange RANGE = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    @TempDir
    Path dir;

    static long inRange(String sample, String dayField) throws IOException {
        return FakeOuraServer.recording(sample).stream()
                .filter(d -> RANGE.contains(LocalDate.parse(d.get(dayField).asText()))).count();
    }

    @Test
    void aFetchedFolderLoadsWithEveryRecord() throws IOException {
        try (FakeOuraServer server = new FakeOuraServer()) {
            server.putRecording("sleep", OuraFetchFixture.SLEEP).putRecording("daily_sleep", OuraFetchFixture.DAILY_SLEEP)
                    .putRecording("daily_readiness", READINESS).putRecording("workout", OuraFetchFixture.WORKOUT)
                    .putRecording("heartrate", OuraFetchFixture.HEARTRATE).putRecording("enhanced_tag", ENHANCED_TAG)
                    .pageSize(1000);
            FetchRequest request = new FetchRequest(FetchSource.OURA, server.base(), FakeOuraServer.TOKEN,
                    RANGE, ZoneOffset.UTC,
                    new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10), d -> { },
                        TestThreads.SHARED.scheduler()));
            FetchResult result = Fetch.run(request, dir, FetchProgress.NONE, () -> false);
            assertEquals(6, result.saved().size(), result.describe());
        }

        LoadResult loaded = DataLoader.load(List.of(dir));
        assertEquals(0, loaded.failedCount(), () -> loaded.files().toString());
        assertEquals(6, loaded.files().size());
        var counts = loaded.data().recordCounts();
        assertEquals(48, counts.get(OuraKind.SLEEP));
        assertEquals(inRange(OuraFetchFixture.DAILY_SLEEP, "day"), (long) counts.get(OuraKind.DAILY_SLEEP));
        assertEquals(inRange(READINESS, "day"), (long) counts.get(OuraKind.DAILY_READINESS));
        assertTrue(counts.get(OuraKind.DAILY_SLEEP) > 300);
        assertEquals(83, counts.get(OuraKind.WORKOUT));
        assertEquals(inRange(ENHANCED_TAG, "start_day"), (long) counts.get(OuraKind.ENHANCED_TAG));
        long heartRows = FakeOuraServer.recording(OuraFetchFixture.HEARTRATE).stream()
                .map(r -> r.get("timestamp").asText() + r.get("source").asText() + r.get("bpm").asInt()).distinct().count();
        assertEquals(heartRows, (long) counts.get(OuraKind.HEARTRATE));
    }
}
