package org.ouraviewer.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouraviewer.model.SleepPeriod;

/** The CSV of a night: one row per 30 s, each with the values the chart shows at that moment. */
class NightCsvTest {
    private static List<String> csv(NightSeries series) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NightCsv.write(series, out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void theNotebookNightHasARowPer30SecondsFromBedtimeStart() throws IOException {
        List<String> rows = csv(new NightSeries(NotebookNight.DAY, NotebookNight.main()));
        assertEquals(NightCsv.HEADER, rows.get(0));
        assertEquals(1 + 976, rows.size()); // 00:43 to 08:51 is 29,280 s
        assertEquals("2022-12-01T00:43:00+00:00,long_sleep,awake,56,40,3", rows.get(1));
        assertEquals("2022-12-01T00:43:30+00:00,long_sleep,awake,56,40,2", rows.get(2));
        // 25 minutes in: the heart-rate and HRV samples are null, so the cells are empty, not zero
        assertEquals("2022-12-01T01:08:00+00:00,long_sleep,light,,,2", rows.get(51));
        assertEquals("2022-12-01T01:33:00+00:00,long_sleep,light,54,83,1", rows.get(101));
        assertEquals("2022-12-01T08:50:30+00:00,long_sleep,awake,57,71,2", rows.get(976));
    }

    @Test
    void timesAcrossADaylightSavingChangeKeepTheRecordedClock() throws IOException {
        SleepPeriod p = Nights.period("2024-03-31T01:30:00+01:00", "2024-03-31T03:30:00+02:00", Nights.phases(1),
                new float[] {50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61});
        List<String> rows = csv(new NightSeries(p.day(), List.of(p)));
        assertEquals(1 + 120, rows.size()); // one true hour
        assertEquals("2024-03-31T01:59:30+01:00,long_sleep,light,55,55,1", rows.get(60));
        assertEquals("2024-03-31T03:00:00+02:00,long_sleep,rem,56,56,1", rows.get(61));
        assertEquals("2024-03-31T01:30:00+01:00,long_sleep,light,50,50,1", rows.get(1));
        assertEquals(-1, String.join("\n", rows).indexOf("T02:"), "02:00 to 02:59 did not exist that night");
    }

    /** Samples go out as the file wrote them (issue 17): 60.9, not the float's 60.900001525878906. */
    @Test
    void samplesAreWrittenAsTheFileWroteThem() throws IOException {
        SleepPeriod p = Nights.period("2024-01-10T23:00:00+01:00", "2024-01-10T23:15:00+01:00", "222",
                new float[] {60.9f, 61.05f, 0.1f});
        List<String> rows = csv(new NightSeries(p.day(), List.of(p)));
        assertEquals("2024-01-10T23:00:00+01:00,long_sleep,light,60.9,60.9,1", rows.get(1));
        assertEquals("2024-01-10T23:05:00+01:00,long_sleep,light,61.05,61.05,1", rows.get(11));
        assertEquals("2024-01-10T23:10:00+01:00,long_sleep,light,0.1,0.1,1", rows.get(21));
    }
}
