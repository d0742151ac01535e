package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** What a fetch saves opens like any Open Humans download. */
class FetchedFolderLoadsTest {
    static final String READINESS = "api-recordings/history/daily_readiness_2018-10-10_to_2024-11-12.json";
    static final String ENHANCED_TAG = "api-recordings/history/enhanced_tag_2023-08-30_to_2024-11-09.json";

    @TempDir
    Path dir;

    @Test
    void aFetchedFolderLoadsWithEveryRecord() throws IOException {
        try (FakeOuraServer server = new FakeOuraServer()) {
            server.putRecording("sleep", OuraFetchTest.SLEEP).putRecording("daily_sleep", OuraFetchTest.DAILY_SLEEP)
                    .putRecording("daily_readiness", READINESS).putRecording("workout", OuraFetchTest.WORKOUT)
                    .putRecording("heartrate", OuraFetchTest.HEARTRATE).putRecording("enhanced_tag", ENHANCED_TAG)
                    .pageSize(1000);
            FetchRequest request = new FetchRequest(FetchSource.OURA, server.base(), FakeOuraServer.TOKEN,
                    new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31)), ZoneOffset.UTC,
                    new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10), d -> { }));
            FetchResult result = Fetch.run(request, dir, FetchProgress.NONE, () -> false);
            assertEquals(6, result.saved().size(), result.describe());
        }

        LoadResult loaded = DataLoader.load(List.of(dir));
        assertEquals(0, loaded.failedCount(), () -> loaded.files().toString());
        assertEquals(6, loaded.files().size());
        var counts = loaded.data().recordCounts();
        assertEquals(48, counts.get(OuraKind.SLEEP));
        assertEquals(2141, counts.get(OuraKind.DAILY_SLEEP));
        assertEquals(2141, counts.get(OuraKind.DAILY_READINESS));
        assertEquals(83, counts.get(OuraKind.WORKOUT));
        assertEquals(FakeOuraServer.recording(ENHANCED_TAG).size(), counts.get(OuraKind.ENHANCED_TAG));
        long heartRows = FakeOuraServer.recording(OuraFetchTest.HEARTRATE).stream()
                .map(r -> r.get("timestamp").asText() + r.get("source").asText() + r.get("bpm").asInt()).distinct().count();
        assertEquals(heartRows, (long) counts.get(OuraKind.HEARTRATE));
    }
}
