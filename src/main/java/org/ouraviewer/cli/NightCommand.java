package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepVitals;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;

/** {@code night DAY PATH... [--json]}: the sleep periods of one day, with the records' own numbers. */
final class NightCommand {
    private NightCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of());
        LocalDate day = a.leadingDay();
        LoadResult result = Reports.load(a.paths(1), err);
        OuraData data = result.data();
        Optional<List<SleepPeriod>> found = Reports.sleepPeriods(data, day, err);
        if (found.isEmpty()) {
            return ExitCode.INCOMPLETE;
        }
        List<SleepPeriod> periods = found.get();
        Integer sleepScore = data.dailySleep(day).map(DailySleep::score).orElse(null);
        Integer readinessScore = data.dailyReadiness(day).map(DailyReadiness::score).orElse(null);
        if (a.has("--json")) {
            writeJson(day, sleepScore, readinessScore, periods, out);
        } else {
            writeText(day, sleepScore, readinessScore, periods, out);
        }
        return Reports.exitCode(result);
    }


    private static void writeJson(LocalDate day, Integer sleepScore, Integer readinessScore, List<SleepPeriod> periods,
                                  PrintStream out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            var g = json.gen();
            g.writeStartObject();
            json.string("day", day);
            json.number("sleep_score", sleepScore);
            json.number("readiness_score", readinessScore);
            g.writeArrayFieldStart("periods");
            for (SleepPeriod p : periods) {
                SleepDurations d = p.durations();
                SleepVitals v = p.vitals();
                g.writeStartObject();
                json.string("type", p.type().code());
                json.string("start", Durations.recorded(p.start()));
                json.string("end", Durations.recorded(p.end()));
                json.number("time_in_bed_s", d.timeInBed());
                json.number("total_sleep_s", d.totalSleep());
                json.number("deep_s", d.deep());
                json.number("light_s", d.light());
                json.number("rem_s", d.rem());
                json.number("awake_s", d.awake());
                json.number("latency_s", d.latency());
                json.number("efficiency", v.efficiency());
                json.number("avg_hr", v.averageHeartRate());
                json.number("lowest_hr", v.lowestHeartRate());
                json.number("avg_hrv", v.averageHrv());
                json.number("avg_breath", v.averageBreath());
                json.number("hr_samples", present(p.heartRate()));
                json.number("hrv_samples", present(p.hrv()));
                json.string("phases", p.phases5Min());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static int present(SampleSeries s) {
        return s == null ? 0 : s.presentCount();
    }

    private static void writeText(LocalDate day, Integer sleepScore, Integer readinessScore, List<SleepPeriod> periods,
                                  PrintStream out) {
        out.printf("%s: sleep score %s, readiness %s%n", day, orDash(sleepScore), orDash(readinessScore));
        for (SleepPeriod p : periods) {
            SleepDurations d = p.durations();
            SleepVitals v = p.vitals();
            out.printf("%n%s, %s to %s (UTC%s)%n", p.type().label(), Durations.clock(p.start()),
                    Durations.clock(p.end()), offsets(p));
            out.printf("  in bed %s, asleep %s: deep %s, light %s, REM %s, awake %s%n", Durations.hm(d.timeInBed()),
                    Durations.hm(d.totalSleep()), Durations.hm(d.deep()), Durations.hm(d.light()),
                    Durations.hm(d.rem()), Durations.hm(d.awake()));
            out.printf("  efficiency %s %%, latency %s, heart rate avg %s lowest %s bpm, HRV %s ms, breathing %s/min%n",
                    orDash(v.efficiency()), Durations.hm(d.latency()), orDash(v.averageHeartRate()),
                    orDash(v.lowestHeartRate()), orDash(v.averageHrv()), orDash(v.averageBreath()));
            out.printf("  %d heart-rate and %d HRV samples%n", present(p.heartRate()), present(p.hrv()));
        }
    }

    /** The recorded offset, or both when it changed during the period (daylight saving, travel). */
    private static String offsets(SleepPeriod p) {
        String start = CellText.offset(p.start());
        String end = CellText.offset(p.end());
        return start.equals(end) ? start : start + " to " + end;
    }

    private static String orDash(Number n) {
        if (n == null) {
            return "-";
        }
        double d = n.doubleValue();
        // a decimal point in every language the machine may be set to
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
