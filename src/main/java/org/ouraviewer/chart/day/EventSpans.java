package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.DayTag;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.Workout;

/**
 * The day's events as labelled spans of the window's axis, in epoch seconds: workouts, sessions and timed tags.
 * A record without an end (a tag at a moment) has {@code end == start}; one without a start is not on the axis.
 */
final class EventSpans {
    private EventSpans() {
    }

    static List<DaySeries.Span> workouts(ActivityDay day) {
        List<DaySeries.Span> out = new ArrayList<>();
        for (Workout w : day.workouts()) {
            span(w.start() == null ? null : w.start().toEpochSecond(), w.end() == null ? null : w.end().toEpochSecond(),
                    words(w.activity()), out);
        }
        return out;
    }

    /** "Meditation session · HRV 48 ms": the session's own mean HRV, when it has one, is worth reading on the axis. */
    static List<DaySeries.Span> sessions(ActivityDay day) {
        List<DaySeries.Span> out = new ArrayList<>();
        for (Session s : day.sessions()) {
            double hrv = mean(s.hrv());
            span(s.start().toEpochSecond(), s.end() == null ? null : s.end().toEpochSecond(), words(s.type())
                    + " session" + (Double.isNaN(hrv) ? "" : " · HRV " + Math.round(hrv) + " ms"), out);
        }
        return out;
    }

    static List<DaySeries.Span> tags(ActivityDay day) {
        List<DaySeries.Span> out = new ArrayList<>();
        for (DayTag t : day.tags()) {
            // an untimed tag belongs to the day as a whole: it is listed with the numbers, not marked on the axis
            if (t.start() != null) {
                span(t.start().toEpochSecond(), t.end() == null ? null : t.end().toEpochSecond(), t.name(), out);
            }
        }
        return out;
    }

    private static void span(Long from, Long to, String label, List<DaySeries.Span> out) {
        if (from != null) {
            out.add(new DaySeries.Span(from, to == null ? from : Math.max(from, to), label));
        }
    }

    /** "strength_training" → "Strength training". */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return "Unnamed";
        }
        String w = code.strip().replace('_', ' ');
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** The mean of a series' samples; NaN without any. */
    private static double mean(SampleSeries s) {
        double sum = 0;
        int n = 0;
        for (int i = 0; s != null && i < s.size(); i++) {
            if (!s.isGap(i)) {
                sum += s.value(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
