package org.ouraviewer.chart.nights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.ActivityLabels;
import org.ouraviewer.text.Durations;
import org.ouraviewer.text.TagLabels;

/**
 * What the actogram says about the day under the pointer: the date, each period with its bedtime and wake
 * time on the clock it was recorded in (both offsets when the clock changed during it) and its length, the
 * day's scores, tags and workouts. The first line is the title.
 */
public final class ActogramReadout {
    private ActogramReadout() {
    }

    /** @param daysPerLine how many days the pixel row under the pointer holds (1: the day has its own row) */
    public static List<String> lines(OuraData data, LocalDate day, double daysPerLine) {
        List<String> out = new ArrayList<>();
        out.add(HeaderText.longDate(day));
        List<SleepPeriod> periods = data.sleepPeriods(day);
        if (periods.isEmpty()) {
            out.add("No sleep recorded");
        }
        for (SleepPeriod p : periods) {
            out.add(p.type().label() + "  " + times(p.start(), p.end()) + "  " + Durations.hm((int) p.length()
                    .getSeconds()) + (p.phases5Min() == null && p.type().countsAsSleep() ? "  (no phases)" : ""));
        }
        List<String> scores = new ArrayList<>();
        data.dailySleep(day).map(s -> s.score()).ifPresent(s -> scores.add("Sleep " + s));
        data.dailyReadiness(day).map(r -> r.score()).ifPresent(s -> scores.add("Readiness " + s));
        data.dailyActivity(day).map(a -> a.score()).ifPresent(s -> scores.add("Activity " + s));
        if (!scores.isEmpty()) {
            out.add(String.join(" · ", scores));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (Tag t : data.tags(day)) {
            tags.addAll(TagLabels.labels(t));
        }
        for (EnhancedTag t : data.enhancedTags(day)) {
            tags.addAll(TagLabels.labels(t));
        }
        if (!tags.isEmpty()) {
            out.add("Tags: " + String.join(", ", tags));
        }
        Set<String> workouts = new LinkedHashSet<>();
        for (Workout w : data.workouts(day)) {
            workouts.add(ActivityLabels.activity(w.activity()));
        }
        if (!workouts.isEmpty()) {
            out.add("Workouts: " + String.join(", ", workouts));
        }
        if (daysPerLine > 1) {
            out.add(String.format(java.util.Locale.ROOT, "A pixel row holds %.1f days here: zoom in to see this one",
                    daysPerLine));
        }
        return out;
    }

    /** "23:10–07:02 (UTC+01:00)", or "23:30 (UTC+01:00) – 07:30 (UTC+02:00)" across a clock change. */
    static String times(OffsetDateTime start, OffsetDateTime end) {
        String a = zone(start);
        String b = zone(end);
        return a.equals(b) ? Durations.clock(start) + "–" + Durations.clock(end) + " (" + a + ")"
                : Durations.clock(start) + " (" + a + ") – " + Durations.clock(end) + " (" + b + ")";
    }

    private static String zone(OffsetDateTime t) {
        return "UTC" + CellText.offset(t);
    }
}
