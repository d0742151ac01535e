package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.Durations;

/**
 * What a chart shows, in one sentence, for those who cannot see it: the screen reader reads it on the chart
 * on screen, and an exported SVG carries it as its {@code <title>}. The same numbers the picture draws (the
 * periods, the ranges of the values shown), so the sentence and the picture never disagree. Headless.
 */
public final class ChartSentence {
    private ChartSentence() {
    }

    /**
     * "Night of 2024-10-20: Long sleep 23:10–07:02 (UTC+02:00, 7:52); 7 h 12 min asleep; sleep score 75. Lanes:
     * sleep phases, heart rate 48 to 71 bpm, HRV 21 to 64 ms, movement." The ranges are those of the window
     * shown ({@code viewStart} to {@code viewEnd}, epoch seconds), which the sentence names when it is zoomed.
     *
     * @param numbers the night's numbers for its scores, or null
     */
    public static String night(NightSeries series, NightNumbers numbers, double viewStart, double viewEnd) {
        StringBuilder sb = new StringBuilder("Night of ").append(series.day()).append(": ")
                .append(HeaderText.periods(series.periods()).replace("  ·  ", "; "));
        Integer asleep = asleep(series.periods());
        if (asleep != null) {
            sb.append("; ").append(hoursMinutes(asleep)).append(" asleep");
        }
        String score = numbers == null ? null : numbers.value("Sleep score");
        if (score != null && !score.equals("-")) {
            sb.append("; sleep score ").append(score);
        }
        sb.append('.');
        if (viewStart > series.start() || viewEnd < series.end()) {
            sb.append(" Shown: ").append(clock(series, viewStart)).append(" to ").append(clock(series, viewEnd))
                    .append('.');
        }
        sb.append(" Lanes: sleep phases, heart rate").append(range(series.heartRate(), viewStart, viewEnd, " bpm"))
                .append(", HRV").append(range(series.hrv(), viewStart, viewEnd, " ms")).append(", movement.");
        return sb.toString();
    }

    /**
     * "Trends from 2024-01-01 to 2024-03-31 (91 days): Sleep score, 88 days with a value, 61 to 92, usual range
     * 72 to 83; 7-day rolling mean; week means. Marked: Alcohol, the night after, 12 days."
     */
    public static String trend(TrendChart chart) {
        DayRange range = chart.range();
        StringBuilder sb = new StringBuilder("Trends from ").append(range.from()).append(" to ").append(range.to())
                .append(" (").append(range.days()).append(range.days() == 1 ? " day" : " days").append("): ");
        StringJoiner lines = new StringJoiner("; ");
        for (TrendChart.Line line : chart.lines()) {
            lines.add(line(line, range));
        }
        sb.append(lines).append("; ").append(chart.lines().get(0).trend().window()).append("-day rolling mean");
        if (chart.periods() != TrendChart.Periods.NONE) {
            sb.append("; ").append(chart.periods().label().toLowerCase(java.util.Locale.ROOT));
        }
        sb.append('.');
        if (chart.markedName() != null && !chart.marked().isEmpty()) {
            long marked = chart.marked().stream().filter(range::contains).count();
            sb.append(" Marked: ").append(chart.markedName()).append(", ").append(marked)
                    .append(marked == 1 ? " day." : " days.");
        }
        return sb.toString();
    }

    /**
     * "Tag effects on Sleep score, strongest first: Alcohol −4 (95 % interval −6 to −2, 12 days with); …": the
     * first three of the forest plot's rows; "no tags" without any.
     */
    public static String tagEffects(List<TagEffect> effects, DayMetric metric) {
        if (effects.isEmpty()) {
            return "Tag effects on " + metric.label() + ": no tags.";
        }
        List<String> rows = new ArrayList<>();
        for (TagEffect e : effects.subList(0, Math.min(3, effects.size()))) {
            String interval = e.hasInterval() ? "95 % interval " + MetricAxis.difference(metric, e.ciLow()) + " to "
                    + MetricAxis.difference(metric, e.ciHigh()) + ", " : "";
            rows.add(e.tag() + " " + MetricAxis.difference(metric, e.difference()) + " (" + interval + e.nWith()
                    + (e.nWith() == 1 ? " day with)" : " days with)"));
        }
        String more = effects.size() > 3 ? "; and " + (effects.size() - 3) + " more" : "";
        return "Tag effects on " + metric.label() + ", " + effects.size() + (effects.size() == 1 ? " tag" : " tags")
                + ", strongest first: " + String.join("; ", rows) + more + ".";
    }

    private static String line(TrendChart.Line line, DayRange range) {
        Trend t = line.trend();
        DayMetric m = t.metric();
        int count = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (int i = 0; i < t.size(); i++) {
            double v = t.value(i);
            if (range.contains(t.day(i)) && !Double.isNaN(v)) {
                count++;
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        StringBuilder sb = new StringBuilder(m.label()).append(", ").append(count)
                .append(count == 1 ? " day with a value" : " days with a value");
        if (count > 0) {
            sb.append(", ").append(m.readable(min)).append(" to ").append(m.readable(max));
        }
        Baseline b = line.baseline();
        if (b.exists()) {
            sb.append(", usual range ").append(m.readable(b.p25())).append(" to ").append(m.readable(b.p75()));
        }
        return sb.toString();
    }

    private static Integer asleep(List<SleepPeriod> periods) {
        Integer total = null;
        for (SleepPeriod p : periods) {
            Integer s = p.durations().totalSleep();
            if (p.type().countsAsSleep() && s != null) {
                total = (total == null ? 0 : total) + s;
            }
        }
        return total;
    }

    /** "7 h 12 min", as a voice reads it (the picture's "7:12" reads as a clock). */
    public static String hoursMinutes(int seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String clock(NightSeries series, double epochSecond) {
        return Durations.clock(series.timeline().at(epochSecond));
    }

    /** " 48 to 71 bpm" over the samples in the window; " (no readings)" without any. */
    private static String range(List<NightSeries.Samples> series, double from, double to, String unit) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (NightSeries.Samples s : series) {
            for (int i = 0; i < s.values().length; i++) {
                double t = s.time(i);
                double v = s.values()[i];
                if (t >= from && t < to && !Double.isNaN(v)) {
                    min = Double.isNaN(min) ? v : Math.min(min, v);
                    max = Double.isNaN(max) ? v : Math.max(max, v);
                }
            }
        }
        return Double.isNaN(min) ? " (no readings)"
                : " " + NightNumbers.number(Math.round(min), "") + " to " + NightNumbers.number(Math.round(max), unit);
    }
}
