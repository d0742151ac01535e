package org.ouraviewer.chart.nights;

import java.util.Arrays;
import org.ouraviewer.chart.ChartSentence;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.model.SleepPeriod;

/**
 * What the Nights tab's charts show, in one sentence ({@link ChartSentence} says why): for the screen reader
 * on the tab, and as the {@code <title>} of their SVG. Headless.
 */
public final class NightsSentence {
    private NightsSentence() {
    }

    /**
     * "Actogram from 2024-01-01 to 2024-03-31, 91 days, 85 with a night; a row a day, 18:00 the evening before to
     * 14:00; usual bedtime 23:10, usual waking 07:05 (medians); Tag day marked on 12 days."
     */
    public static String actogram(ActogramRows rows, String markedName) {
        StringBuilder sb = new StringBuilder("Actogram");
        if (rows.rows() == 0) {
            return sb.append(": no days.").toString();
        }
        sb.append(" from ").append(rows.first()).append(" to ").append(rows.day(rows.rows() - 1)).append(", ")
                .append(rows.rows()).append(rows.rows() == 1 ? " day, " : " days, ").append(rows.nights())
                .append(" with a night; a row a day, ").append(ActogramRows.START_HOUR)
                .append(":00 the evening before to ")
                .append((ActogramRows.START_HOUR + ActogramRows.WINDOW_SECONDS / 3600) % 24).append(":00");
        float[] starts = new float[rows.rows()];
        float[] ends = new float[rows.rows()];
        int n = 0;
        int marked = 0;
        for (int r = 0; r < rows.rows(); r++) {
            marked += rows.tagged(r) ? 1 : 0;
            float start = Float.NaN;
            float end = Float.NaN;
            for (int run = rows.firstRun(r); run < rows.endRun(r); run++) {
                if (rows.runState(run) != ActogramRows.REST) {
                    start = Float.isNaN(start) ? rows.runStart(run) : Math.min(start, rows.runStart(run));
                    end = Float.isNaN(end) ? rows.runEnd(run) : Math.max(end, rows.runEnd(run));
                }
            }
            if (!Float.isNaN(start)) {
                starts[n] = start;
                ends[n++] = end;
            }
        }
        if (n > 0) {
            sb.append("; usual bedtime ").append(clock(median(starts, n))).append(", usual waking ")
                    .append(clock(median(ends, n))).append(" (medians)");
        }
        if (marked > 0) {
            sb.append("; ").append(markedName).append(" marked on ").append(marked).append(marked == 1 ? " day" : " days");
        }
        return sb.append('.').toString();
    }

    /**
     * "Median night of All nights, 120 nights, compared with After Alcohol, 12 nights, aligned by bedtime start:
     * median heart rate 52 to 68 bpm, median HRV 31 to 57 ms; lanes: heart rate, HRV, phase shares."
     *
     * @param reference the set compared with, or null
     * @param single    a night laid over the medians, or null
     */
    public static String medianNight(MedianSet primary, MedianSet reference, SleepPeriod single) {
        StringBuilder sb = new StringBuilder("Median night of ").append(primary.described());
        if (reference != null) {
            sb.append(", compared with ").append(reference.described());
        }
        if (single != null) {
            sb.append(", the night of ").append(single.day()).append(" laid over them");
        }
        return sb.append(", aligned by bedtime start: median heart rate")
                .append(range(primary.median().heartRate(), " bpm")).append(", median HRV")
                .append(range(primary.median().hrv(), " ms")).append("; lanes: heart rate, HRV, phase shares.")
                .toString();
    }

    private static String range(BinStats stats, String unit) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (int b = 0; b < stats.bins(); b++) {
            double v = stats.median(b);
            if (!Double.isNaN(v)) {
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        return Double.isNaN(min) ? " (too few nights)" : " " + Math.round(min) + " to " + Math.round(max) + unit;
    }

    private static float median(float[] values, int n) {
        float[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Seconds after 18:00 the evening before as the clock reads them: "23:10". */
    private static String clock(float seconds) {
        long minutes = (Math.round(seconds / 60.0) + ActogramRows.START_HOUR * 60L) % (24 * 60);
        return (minutes / 60 < 10 ? "0" : "") + minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
    }
}
