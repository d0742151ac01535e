package org.ouraviewer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.TestFiles;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;

/** The night of 2022-12-01 from the Open Humans notebook, as Oura's app shows it. */
class NotebookNightTest {
    private static final LocalDate DAY = LocalDate.of(2022, 12, 1);

    @Test
    void readsTheNightWithTheRecordsOwnNumbers() {
        LoadResult result = DataLoader.load(List.of(TestFiles.samples("open-humans-notebook")));
        assertEquals(0, result.failedCount(), () -> result.files().toString());
        OuraData data = result.data();
        List<SleepPeriod> periods = data.sleepPeriods(DAY);
        assertEquals(1, periods.size());
        SleepPeriod p = periods.get(0);
        assertEquals(SleepType.LONG_SLEEP, p.type());
        assertEquals(24210, p.durations().totalSleep());
        assertEquals(4770, p.durations().deep());
        assertEquals(12510, p.durations().light());
        assertEquals(6930, p.durations().rem());
        assertEquals(5070, p.durations().awake());
        assertEquals(95, p.heartRate().presentCount());
        assertEquals(98, p.heartRate().size());
        assertFalse(Double.isNaN(p.heartRate().value(0)));
        assertEquals(Float.NaN, p.heartRate().value(5));
        assertEquals(75, data.dailySleep(DAY).orElseThrow().score());
        assertEquals(86, data.dailyReadiness(DAY).orElseThrow().score());
        assertEquals(10, data.heartRate().size());
    }
}
