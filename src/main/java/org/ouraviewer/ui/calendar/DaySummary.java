package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepVitals;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.Durations;

/** The text of a day's tooltip: its three scores, then the key numbers of its main sleep (its
 * longest nap on a day without one) and activity. */
final class DaySummary {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private DaySummary() {
    }

    static String describe(OuraData data, LocalDate day) {
        List<String> lines = new ArrayList<>();
        lines.add(DATE.format(day));
        Integer sleep = data.dailySleep(day).map(DailySleep::score).orElse(null);
        Integer readiness = data.dailyReadiness(day).map(DailyReadiness::score).orElse(null);
        Integer activity = data.dailyActivity(day).map(DailyActivity::score).orElse(null);
        if (sleep == null && readiness == null && activity == null && data.sleepPeriods(day).isEmpty()) {
            lines.add("No data");
            return String.join("\n", lines);
        }
        lines.add("Sleep " + score(sleep) + "   Readiness " + score(readiness) + "   Activity " + score(activity));
        Optional<SleepPeriod> main = data.mainSleepOrLongest(day);
        main.ifPresent(p -> {
            SleepVitals v = p.vitals() == null ? SleepVitals.NONE : p.vitals();
            Integer total = p.durations() == null ? null : p.durations().totalSleep();
            lines.add("Slept " + Durations.hm(total) + " h, " + Durations.clock(p.start()) + "–"
                    + Durations.clock(p.end()));
            List<String> vitals = new ArrayList<>();
            if (v.lowestHeartRate() != null) {
                vitals.add("lowest HR " + v.lowestHeartRate() + " bpm");
            }
            if (v.averageHrv() != null) {
                vitals.add("HRV " + Math.round(v.averageHrv()) + " ms");
            }
            if (!vitals.isEmpty()) {
                lines.add(capitalised(String.join(", ", vitals)));
            }
        });
        List<String> more = new ArrayList<>();
        data.dailyActivity(day).map(DailyActivity::steps).ifPresent(s -> more.add(String.format(Locale.ENGLISH,
                "%,d steps", s)));
        data.dailyReadiness(day).map(DailyReadiness::temperatureDeviation).ifPresent(t -> more.add(
                "temperature " + CalendarMetrics.signedTenths(t) + " °C"));
        if (!more.isEmpty()) {
            lines.add(capitalised(String.join(", ", more)));
        }
        long periods = data.sleepPeriods(day).stream().filter(p -> p.type().countsAsSleep()).count();
        if (periods > 1) {
            lines.add(periods + " sleep periods (naps included)");
        }
        List<Workout> workouts = data.workouts(day);
        if (!workouts.isEmpty()) {
            lines.add("Workouts: " + workouts.stream().map(w -> readable(w.activity())).distinct()
                    .collect(Collectors.joining(", ")));
        }
        int tags = data.tags(day).size() + data.enhancedTags(day).size();
        if (tags > 0) {
            lines.add(tags == 1 ? "1 tag" : tags + " tags");
        }
        return String.join("\n", lines);
    }

    private static String score(Integer score) {
        return score == null ? "–" : score.toString();
    }

    private static String readable(String code) {
        return code == null ? "workout" : code.replace('_', ' ');
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
