package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ouraviewer.chart.ChartSentence;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;

/**
 * What the Day chart shows, in one sentence, for those who cannot see it (the chart's accessible text and the
 * exported SVG's {@code <title>}), from the numbers the picture draws: "Activity day 2024-03-05, 04:00 to 04:00
 * (UTC+01:00): activity score 82, 9120 steps; most time rest 7 h 0 min, then inactive 8 h 20 min; heart rate 48 to
 * 151 bpm from 144 readings; workouts: walking 10:00–10:30; 1 session; rest mode: Cold from 12:00 to 15:00. Lanes:
 * activity class, MET, heart rate."
 * Headless.
 */
public final class DaySentence {
    private DaySentence() {
    }

    /** The sentence of {@code series} shown from {@code viewStart} to {@code viewEnd} (epoch seconds). */
    public static String of(DaySeries series, double viewStart, double viewEnd) {
        ActivityDay day = series.day();
        StringBuilder sb = new StringBuilder("Activity day ").append(day.day()).append(", ")
                .append(clock(series, series.start())).append(" to ").append(clock(series, series.end()))
                .append(" (UTC").append(CellText.offset(day.window().start())).append(')');
        StringJoiner parts = new StringJoiner("; ", ": ", ".");
        parts.setEmptyValue(": nothing recorded.");
        if (day.activity() != null && (day.activity().score() != null || day.activity().steps() != null)) {
            StringJoiner activity = new StringJoiner(", ");
            if (day.activity().score() != null) {
                activity.add("activity score " + day.activity().score());
            }
            if (day.activity().steps() != null) {
                activity.add(day.activity().steps() + " steps");
            }
            parts.add(activity.toString());
        }
        String classes = classes(day.classSeconds());
        if (classes != null) {
            parts.add(classes);
        }
        if (!day.heartRate().isEmpty()) {
            parts.add("heart rate " + day.heartRate().min() + " to " + day.heartRate().max() + " bpm from "
                    + day.heartRate().size() + (day.heartRate().size() == 1 ? " reading" : " readings"));
        }
        spans(parts, "workouts", series.workouts(), series);
        if (!series.sessions().isEmpty()) {
            parts.add(series.sessions().size() + (series.sessions().size() == 1 ? " session" : " sessions"));
        }
        if (!day.tags().isEmpty()) {
            StringJoiner tags = new StringJoiner(", ", "tags: ", "");
            day.tags().forEach(t -> tags.add(t.name()));
            parts.add(tags.toString());
        }
        restMode(parts, series);
        sb.append(parts);
        if (viewStart > series.start() || viewEnd < series.end()) {
            sb.append(" Shown: ").append(clock(series, viewStart)).append(" to ").append(clock(series, viewEnd))
                    .append('.');
        }
        StringJoiner lanes = new StringJoiner(", ", " Lanes: ", ".");
        lanes.add("activity class").add("MET").add("heart rate");
        if (series.hasStress()) {
            lanes.add("daytime stress and recovery");
        }
        if (series.skinTemperature().size() > 0) {
            lanes.add("skin temperature");
        }
        lanes.add("the nights at both ends");
        return sb.append(lanes).toString();
    }

    /** "most time rest 7 h 0 min, then inactive 8 h 20 min": the two classes the day spent most time in. */
    private static String classes(Map<ActivityClass, Integer> seconds) {
        List<Map.Entry<ActivityClass, Integer>> top = new ArrayList<>(seconds.entrySet());
        top.removeIf(e -> e.getValue() == null || e.getValue() == 0);
        if (top.isEmpty()) {
            return null;
        }
        top.sort(Map.Entry.<ActivityClass, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        StringBuilder sb = new StringBuilder("most time ").append(name(top.get(0).getKey())).append(' ')
                .append(ChartSentence.hoursMinutes(top.get(0).getValue()));
        if (top.size() > 1) {
            sb.append(", then ").append(name(top.get(1).getKey())).append(' ')
                    .append(ChartSentence.hoursMinutes(top.get(1).getValue()));
        }
        return sb.toString();
    }

    private static String name(ActivityClass c) {
        return c.code().replace('_', '-');
    }

    private static void spans(StringJoiner parts, String what, List<DaySeries.Span> spans, DaySeries series) {
        if (spans.isEmpty()) {
            return;
        }
        StringJoiner list = new StringJoiner(", ", what + ": ", "");
        for (DaySeries.Span s : spans) {
            list.add(s.label() + " " + clock(series, s.start()) + "–" + clock(series, s.end()));
        }
        parts.add(list.toString());
    }

    /**
     * "rest mode: Cold from 12:00 to 15:00", one part per period, its times clipped to the window as the band is
     * (a period begun the day before is drawn from the window's start).
     */
    private static void restMode(StringJoiner parts, DaySeries series) {
        List<RestModePeriod> periods = series.day().restMode();
        for (int i = 0; i < periods.size(); i++) {
            // RestModeSpans makes one span per period, in the periods' order
            DaySeries.Span span = series.restMode().get(i);
            String tags = RestModeSpans.tags(periods.get(i));
            parts.add("rest mode" + (tags.isEmpty() ? "" : ": " + tags) + " from "
                    + clock(series, Math.max(series.start(), span.start())) + " to "
                    + clock(series, Math.min(series.end(), span.end())));
        }
    }

    private static String clock(DaySeries series, double epochSecond) {
        return Durations.clock(series.timeline().at(epochSecond));
    }
}
