package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.DayTag;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;

/** {@code day DAY PATH... [--json]}: the activity day, from 04:00 to 04:00 on the wearer's clock. */
final class DayCommand {
    private DayCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of());
        LocalDate day = a.leadingDay();
        LoadResult result = Reports.load(a.paths(1), err);
        OuraData data = result.data();
        Optional<ActivityDay> found = Reports.activityDay(data, day, err);
        if (found.isEmpty()) {
            return ExitCode.INCOMPLETE;
        }
        ActivityDay d = found.get();
        if (a.has("--json")) {
            DayJson.write(d, out);
        } else {
            writeText(d, data, out);
        }
        return Reports.exitCode(result);
    }

    private static void writeText(ActivityDay d, OuraData data, PrintStream out) {
        out.printf("%s: %s to %s (UTC%s)%n", d.day(), Durations.recorded(d.window().start()),
                Durations.recorded(d.window().end()), CellText.offset(d.window().start()));
        DailyActivity a = d.activity();
        if (a != null) {
            out.printf("Activity score %s, %s steps, %s active / %s total kcal (target %s)%n", dash(a.score()),
                    dash(a.steps()), dash(a.activeCalories()), dash(a.totalCalories()), dash(a.targetCalories()));
            if (!d.classSeconds().isEmpty()) {
                out.println("  " + java.util.Arrays.stream(ActivityClass.values())
                        .map(c -> c.code().replace('_', '-') + " " + Durations.hm(d.classSeconds().get(c)))
                        .collect(Collectors.joining(", ")) + " (h:mm)");
            }
            if (d.met() != null) {
                out.printf(Locale.ROOT, "  MET: %d samples, mean %.2f, max %.1f%n", d.met().n(), d.met().mean(),
                        d.met().max());
            }
        }
        if (!d.heartRate().isEmpty()) {
            out.printf(Locale.ROOT, "Heart rate: %d samples, %d to %d bpm, mean %.1f (%s)%n", d.heartRate().size(),
                    d.heartRate().min(), d.heartRate().max(), d.heartRate().mean(),
                    d.heartRate().countsBySource().entrySet().stream()
                            .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        for (Workout w : d.workouts()) {
            out.printf("Workout: %s, %s to %s, %s, %s kcal%n", w.activity(), Durations.clock(w.start()),
                    Durations.clock(w.end()), dash(w.intensity()), dash(w.calories()));
        }
        for (Session s : d.sessions()) {
            out.printf("Session: %s, %s to %s%n", s.type(), Durations.clock(s.start()), Durations.clock(s.end()));
        }
        for (DayTag t : d.tags()) {
            out.printf("Tag: %s%s%n", t.name(), t.start() == null ? "" : " at " + Durations.clock(t.start()));
        }
        for (SleepPeriod p : d.sleep()) {
            out.printf("Sleep (%s, counts for %s): %s to %s%n", p.type().label(), p.day(),
                    Durations.recorded(p.start()), Durations.recorded(p.end()));
        }
        if (d.stress() != null) {
            out.printf("Stress: %s high stress, %s high recovery, %s%n", Durations.hm(d.stress().stressHigh()),
                    Durations.hm(d.stress().recoveryHigh()), dash(d.stress().summary()));
        }
        out.println("Numbers of the day:");
        for (DayMetric m : DayMetric.values()) {
            double v = m.value(data, d.day());
            if (!Double.isNaN(v)) {
                out.printf("  %s: %s%n", m.label(), m.readable(v));
            }
        }
    }

    private static String dash(Object v) {
        if (v instanceof Double x) {
            return x == Math.rint(x) ? Long.toString(x.longValue()) : String.format(Locale.ROOT, "%.1f", x);
        }
        return v == null ? "-" : v.toString();
    }
}
