package org.ouraviewer.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.io.SampleData;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;

/** The sample the app offers on its welcome pane: written to the data folder, it loads cleanly. */
class SampleDataLoadTest {
    @TempDir
    Path dataDir;
    private String previous;

    @BeforeEach
    void useTempDataDir() {
        previous = System.getProperty("ouraviewer.data.dir");
        System.setProperty("ouraviewer.data.dir", dataDir.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("ouraviewer.data.dir");
        } else {
            System.setProperty("ouraviewer.data.dir", previous);
        }
    }

    @Test
    void materializedSampleLoadsWithoutErrors() throws IOException {
        Path folder = SampleData.materialize();
        assertTrue(folder.startsWith(dataDir), folder.toString());
        for (String name : SampleData.names()) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), name);
        }
        LoadResult result = DataLoader.load(List.of(folder));
        assertEquals(0, result.failedCount(), () -> result.files().toString());
        assertEquals(SyntheticData.FILES.size(), result.files().size());
        OuraData data = result.data();
        Map<OuraKind, Integer> counts = data.recordCounts();
        assertEquals(142, counts.get(OuraKind.SLEEP));
        assertEquals(110, counts.get(OuraKind.DAILY_SLEEP));
        assertEquals(110, counts.get(OuraKind.DAILY_READINESS));
        assertEquals(111, counts.get(OuraKind.DAILY_ACTIVITY));
        assertEquals(57, counts.get(OuraKind.WORKOUT));
        assertEquals(28, counts.get(OuraKind.TAG));
        assertEquals(20, counts.get(OuraKind.ENHANCED_TAG));
        assertTrue(counts.get(OuraKind.HEARTRATE) > 20_000, counts.toString());
        assertEquals(LocalDate.of(2024, 1, 15), data.firstDay().orElseThrow());
        assertEquals(LocalDate.of(2024, 5, 5), data.lastDay().orElseThrow());

        // a second materialize keeps the files and gives the same folder
        assertEquals(folder, SampleData.materialize());
    }

    @Test
    void materializeRepairsChangedFilesAndRemovesStrayOnes() throws IOException {
        Path folder = SampleData.materialize();
        Path sleep = folder.resolve("oura-v2-sleep.json");
        byte[] original = Files.readAllBytes(sleep);
        byte[] damaged = original.clone();
        damaged[10] = (byte) (damaged[10] == 'x' ? 'y' : 'x'); // same size, other bytes
        Files.write(sleep, damaged);
        Files.writeString(folder.resolve("oura-v2-old_kind.json"), "[]");
        Files.writeString(folder.resolve("notes.txt"), "kept");
        assertEquals(folder, SampleData.materialize());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(sleep)));
        assertFalse(Files.exists(folder.resolve("oura-v2-old_kind.json")));
        assertTrue(Files.exists(folder.resolve("notes.txt")));
    }

    @Test
    void sampleHoldsTheSpecialCases() throws IOException {
        OuraData data = DataLoader.load(List.of(SampleData.materialize())).data();
        // daylight saving inside the night: 1 h shorter than the clock says
        SleepPeriod dst = data.mainSleep(LocalDate.of(2024, 3, 31)).orElseThrow();
        assertEquals(ZoneOffset.ofHours(1), dst.start().getOffset());
        assertEquals(ZoneOffset.ofHours(2), dst.end().getOffset());
        long clockMinutes = Duration.between(dst.start().toLocalDateTime(), dst.end().toLocalDateTime()).toMinutes();
        assertEquals(clockMinutes - 60, dst.length().toMinutes());
        assertEquals((int) dst.length().getSeconds(), dst.durations().timeInBed());
        // trips
        assertEquals(ZoneOffset.ofHours(-5), data.mainSleep(LocalDate.of(2024, 2, 12)).orElseThrow().start().getOffset());
        assertEquals(ZoneOffset.ofHours(7), data.mainSleep(LocalDate.of(2024, 4, 22)).orElseThrow().start().getOffset());
        // a late nap on the evening of 2024-02-24 counts for the 25th
        List<SleepPeriod> lateNapDay = data.sleepPeriods(LocalDate.of(2024, 2, 25));
        assertEquals(SleepType.LATE_NAP, lateNapDay.get(0).type());
        assertEquals(LocalDate.of(2024, 2, 24), lateNapDay.get(0).start().toLocalDate());
        // two long sleeps in one night
        assertEquals(2, data.sleepPeriods(LocalDate.of(2024, 3, 15)).stream()
                .filter(p -> p.type() == SleepType.LONG_SLEEP).count());
        // a day without the ring, and no night after it
        LocalDate noRing = LocalDate.of(2024, 3, 5);
        assertTrue(data.sleepPeriods(noRing).isEmpty());
        assertTrue(data.dailyActivity(noRing).isEmpty());
        assertTrue(data.dailySleep(LocalDate.of(2024, 3, 6)).isEmpty());
        // durations add up in every period
        for (LocalDate day : data.sleepDays()) {
            for (SleepPeriod p : data.sleepPeriods(day)) {
                var d = p.durations();
                assertEquals(d.totalSleep(), d.deep() + d.light() + d.rem(), p.id());
                assertEquals(d.timeInBed(), d.totalSleep() + d.awake(), p.id());
                assertEquals((d.timeInBed() + 299) / 300, p.phases5Min().length(), p.id());
            }
        }
        // a nap whose HRV is all null, and workouts without a distance
        assertTrue(data.sleepDays().stream().flatMap(d -> data.sleepPeriods(d).stream())
                .anyMatch(p -> p.hrv() != null && p.hrv().size() > 0 && p.hrv().presentCount() == 0));
        assertTrue(data.workouts().stream().anyMatch(w -> w.distance() == null));
        assertTrue(data.workouts().stream().anyMatch(w -> w.distance() != null));
    }
}
