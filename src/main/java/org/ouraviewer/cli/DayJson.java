package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ClassRun;
import org.ouraviewer.metrics.day.DayHeartRate;
import org.ouraviewer.metrics.day.DayTag;
import org.ouraviewer.metrics.day.MetSummary;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.DailyStress;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.Durations;

/** {@code day DAY --json} (CLI.md, <i>day</i>): exactly the fields the contract lists, nulls where absent. */
final class DayJson {
    private DayJson() {
    }

    static void write(ActivityDay d, PrintStream out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.gen();
            g.writeStartObject();
            json.string("day", d.day());
            json.string("start", Durations.recorded(d.window().start()));
            json.string("end", Durations.recorded(d.window().end()));
            activity(d, json);
            heartRate(d.heartRate(), json);
            g.writeArrayFieldStart("workouts");
            for (Workout w : d.workouts()) {
                g.writeStartObject();
                json.string("activity", w.activity());
                json.string("start", Durations.recorded(w.start()));
                json.string("end", Durations.recorded(w.end()));
                json.string("intensity", w.intensity());
                json.number("calories", w.calories());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sessions");
            for (Session s : d.sessions()) {
                g.writeStartObject();
                json.string("type", s.type());
                json.string("start", Durations.recorded(s.start()));
                json.string("end", Durations.recorded(s.end()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            for (DayTag t : d.tags()) {
                g.writeStartObject();
                json.string("tag", t.name());
                json.string("start", Durations.recorded(t.start()));
                json.string("end", Durations.recorded(t.end()));
                g.writeEndObject();
            }
            g.writeEndArray();
            stress(d.stress(), json);
            g.writeArrayFieldStart("sleep");
            for (SleepPeriod p : d.sleep()) {
                g.writeStartObject();
                json.string("type", p.type().code());
                json.string("day", p.day());
                json.string("start", Durations.recorded(p.start()));
                json.string("end", Durations.recorded(p.end()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void activity(ActivityDay d, JsonOutput json) throws IOException {
        JsonGenerator g = json.gen();
        DailyActivity a = d.activity();
        if (a == null) {
            g.writeNullField("activity");
            return;
        }
        g.writeObjectFieldStart("activity");
        json.number("score", a.score());
        json.number("steps", a.steps());
        json.number("active_calories", a.activeCalories());
        json.number("total_calories", a.totalCalories());
        if (d.classSeconds().isEmpty()) {
            g.writeNullField("class_s");
        } else {
            g.writeObjectFieldStart("class_s");
            for (ActivityClass c : ActivityClass.values()) {
                json.number(c.code(), d.classSeconds().get(c));
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("classes");
        for (ClassRun r : d.classRuns()) {
            g.writeStartObject();
            json.string("start", Durations.recorded(r.start()));
            json.string("end", Durations.recorded(r.end()));
            json.string("class", r.activityClass().code());
            g.writeEndObject();
        }
        g.writeEndArray();
        MetSummary met = d.met();
        if (met == null) {
            g.writeNullField("met");
        } else {
            g.writeObjectFieldStart("met");
            json.string("start", Durations.recorded(met.start()));
            json.number("interval_s", (Number) met.intervalSeconds());
            json.number("n", met.n());
            json.number("mean", met.mean());
            json.number("max", met.max());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void heartRate(DayHeartRate hr, JsonOutput json) throws IOException {
        JsonGenerator g = json.gen();
        if (hr.isEmpty()) {
            g.writeNullField("heart_rate");
            return;
        }
        g.writeObjectFieldStart("heart_rate");
        json.number("n", hr.size());
        json.number("min", hr.min());
        json.number("max", hr.max());
        json.number("mean", hr.mean());
        g.writeObjectFieldStart("by_source");
        // the most frequent first, as a reader scans it; ties in the sources' order
        Comparator<Map.Entry<HeartRateSource, Integer>> byCount = Map.Entry.comparingByValue(Comparator.reverseOrder());
        for (Map.Entry<HeartRateSource, Integer> e : hr.countsBySource().entrySet().stream().sorted(byCount).toList()) {
            json.number(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void stress(DailyStress s, JsonOutput json) throws IOException {
        JsonGenerator g = json.gen();
        if (s == null) {
            g.writeNullField("stress");
            return;
        }
        g.writeObjectFieldStart("stress");
        json.number("stress_high_s", s.stressHigh());
        json.number("recovery_high_s", s.recoveryHigh());
        json.string("day_summary", s.summary());
        g.writeEndObject();
    }
}
