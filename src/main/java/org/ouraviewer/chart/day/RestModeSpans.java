package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.model.RestModePeriod;
import org.ouraviewer.text.TagLabels;

/** The rest mode periods of a day as spans of the window's axis, named with the tags logged in them. */
final class RestModeSpans {
    private RestModeSpans() {
    }

    /** A period without a start time covers its days, so the whole window; one still running lasts past it. */
    static List<DaySeries.Span> of(ActivityDay day) {
        double start = day.window().startSecond();
        double end = day.window().endSecond();
        List<DaySeries.Span> out = new ArrayList<>();
        for (RestModePeriod p : day.restMode()) {
            double from = p.start() == null ? start : p.start().toEpochSecond();
            double to = p.start() == null || p.end() == null ? end : Math.max(from, p.end().toEpochSecond());
            out.add(new DaySeries.Span(from, to, label(p)));
        }
        return List.copyOf(out);
    }

    /** "Rest mode", then the tags of its episodes as the Tags tab names them: "Rest mode: Cold, Headache". */
    static String label(RestModePeriod p) {
        String tags = tags(p);
        return tags.isEmpty() ? "Rest mode" : "Rest mode: " + tags;
    }

    /** The tags of its episodes as the Tags tab names them, "Cold, Headache"; empty without any. */
    static String tags(RestModePeriod p) {
        return String.join(", ", TagLabels.labels(p));
    }
}
