package org.ouraviewer.chart.day;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.text.Durations;

/**
 * The series of an activity day as CSV: one row per minute (the resolution of {@code met}) from the window's
 * start to its end, each holding what the chart shows at that moment, as the crosshair does ({@link DayReading#at}).
 * Columns: {@code time} (the window's clock with its offset), {@code class} (non_wear, rest, inactive, low, medium,
 * high), {@code met}, {@code heart_rate_bpm} and {@code heart_rate_source} (the latest row at most 5 minutes
 * before), {@code stress}, {@code recovery}, {@code skin_temperature_c} (the Hub's, at most 15 minutes before),
 * {@code workout}, {@code session} (their names, joined by "; " when several), {@code sleep} (the period's type),
 * {@code phase} (deep, light, rem, awake) and {@code rest_mode} (1 inside a rest mode period). A gap is an empty
 * cell.
 */
public final class DayCsv {
    public static final String HEADER = "time,class,met,heart_rate_bpm,heart_rate_source,stress,recovery,"
            + "skin_temperature_c,workout,session,sleep,phase,rest_mode";
    private static final int STEP_SECONDS = 60;

    private DayCsv() {
    }

    public static void write(DaySeries series, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write("\r\n");
        for (long t = (long) series.start(); t < series.end(); t += STEP_SECONDS) {
            DayReading r = DayReading.at(series, t);
            w.write(Durations.recorded(series.timeline().at(t)));
            cell(w, r.activityClass() == null ? "" : r.activityClass().code());
            cell(w, number(r.met()));
            cell(w, number(r.heartRate()));
            cell(w, r.heartRateSource() == null ? "" : r.heartRateSource().code());
            cell(w, number(r.stress()));
            cell(w, number(r.recovery()));
            cell(w, number(r.skinTemperature()));
            cell(w, text(r.workout()));
            cell(w, text(r.session()));
            cell(w, r.sleep() == null ? "" : r.sleep().toLowerCase(Locale.ROOT).replace(' ', '_'));
            cell(w, r.phase() == SleepPhase.NONE ? "" : SleepPhase.label(r.phase()).toLowerCase(Locale.ROOT));
            cell(w, r.restMode() == null ? "" : "1");
            w.write("\r\n");
        }
        w.flush();
    }

    private static void cell(Writer w, String value) throws IOException {
        w.write(',');
        w.write(value);
    }

    /** A text cell, quoted when it holds a comma or a quote. */
    private static String text(String names) {
        if (names == null) {
            return "";
        }
        return names.contains(",") || names.contains("\"") ? "\"" + names.replace("\"", "\"\"") + "\"" : names;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
