package org.ouraviewer.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.Durations;
import org.ouraviewer.text.NumberText;

/**
 * The series of a night as CSV: one row per 30 seconds (the resolution of {@code movement_30_sec}) from each
 * period's {@code bedtime_start} to its end. Each row holds what the chart shows at that moment, as the
 * crosshair does: the 5-minute phase and the heart-rate and HRV samples covering it, and the movement.
 * Columns: {@code time} (recorded local time with its offset), {@code period} (type), {@code phase} (deep,
 * light, rem, awake), {@code heart_rate_bpm}, {@code hrv_ms}, {@code movement} (1 still … 4 active). A gap
 * is an empty cell; a sample is written as the file wrote it (60.9).
 */
public final class NightCsv {
    public static final String HEADER = "time,period,phase,heart_rate_bpm,hrv_ms,movement";
    private static final int STEP_SECONDS = 30;

    private NightCsv() {
    }

    public static void write(NightSeries series, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write("\r\n");
        for (SleepPeriod p : series.periods()) {
            long start = p.start().toEpochSecond();
            long end = p.end().toEpochSecond();
            for (long t = start; t < end; t += STEP_SECONDS) {
                NightSeries.Reading r = series.readingAt(t);
                w.write(Durations.recorded(series.timeline().at(t)));
                w.write(',');
                w.write(p.type().code());
                w.write(',');
                w.write(r.phase() == SleepPhase.NONE ? "" : SleepPhase.label(r.phase()).toLowerCase(java.util.Locale.ROOT));
                w.write(',');
                w.write(NumberText.cell(r.heartRate()));
                w.write(',');
                w.write(NumberText.cell(r.hrv()));
                w.write(',');
                w.write(r.movement() == SleepPhase.NONE ? "" : Integer.toString(r.movement()));
                w.write("\r\n");
            }
        }
        w.flush();
    }
}
