package org.ouraviewer.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ouraviewer.metrics.PeriodMean;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.text.NumberText;

/**
 * The series of a trend chart as one tidy CSV table, every metric and every kind of row under one header,
 * so a spreadsheet or a data frame filters it by column: {@code kind} ({@code day}, {@code week} or
 * {@code month}), {@code period} ({@code 2024-03-05}, {@code 2024-W10}, {@code 2024-03}), {@code metric} (its
 * name in the commands), {@code value} (the day's value, or the period's mean), {@code rolling_mean} (day
 * rows: the mean of the window ending that day, as {@code trends} computes it), {@code days} (period rows:
 * how many days have a value). Every day of the range has a row; a missing value is an empty cell. Numbers
 * in the metric's own unit (seconds, minutes after noon, …), as {@code trends --json} writes them
 * ({@link NumberText}).
 */
public final class TrendCsv {
    public static final String HEADER = "kind,period,metric,value,rolling_mean,days";

    private TrendCsv() {
    }

    /** Writes the trends, each of them over its own range (the chart's: make them with {@link Trend#of}). */
    public static void write(List<Trend> trends, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(HEADER);
        w.write("\r\n");
        for (Trend t : trends) {
            String metric = t.metric().id();
            for (int i = 0; i < t.size(); i++) {
                w.write("day," + t.day(i) + "," + metric + "," + NumberText.cell(t.value(i)) + ","
                        + NumberText.cell(t.rolling(i)) + ",\r\n");
            }
            periods(w, "week", metric, t.weeks());
            periods(w, "month", metric, t.months());
        }
        w.flush();
    }

    private static void periods(Writer w, String kind, String metric, List<PeriodMean> periods) throws IOException {
        for (PeriodMean p : periods) {
            w.write(kind + "," + p.period() + "," + metric + "," + NumberText.cell(p.mean()) + ",," + p.count()
                    + "\r\n");
        }
    }
}
