package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.NightNumbers.Row;
import org.ouraviewer.chart.NightNumbers.Section;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.DayTag;
import org.ouraviewer.model.ActivityTimes;
import org.ouraviewer.model.DailyActivity;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.Workout;
import org.ouraviewer.text.Durations;

/**
 * Every number of an activity day, in sections, as the Night tab's numbers are ({@link NightNumbers.Section}): the
 * same rows feed the Day tab's side panel and the exported picture (which leaves out whole sections from the last
 * when they do not fit, so the most asked-for come first). A number the data does not have is a dash; a section
 * whose record is absent is left out.
 */
public final class DayNumbers {
    private static final String DASH = "-";

    private DayNumbers() {
    }

    public static List<Section> of(ActivityDay d) {
        List<Section> out = new ArrayList<>();
        DailyActivity a = d.activity();
        if (a != null) {
            out.add(new Section("Activity", List.of(new Row("Activity score", NightNumbers.number(a.score(), "")),
                    new Row("Steps", NightNumbers.number(a.steps(), "")),
                    new Row("Active calories", NightNumbers.number(a.activeCalories(), " kcal")),
                    new Row("Total calories", NightNumbers.number(a.totalCalories(), " kcal")),
                    new Row("Target calories", NightNumbers.number(a.targetCalories(), " kcal")))));
            out.add(new Section("Time per class", classTimes(d)));
        }
        if (d.stress() != null) {
            out.add(new Section("Stress", List.of(new Row("High stress", Durations.hm(d.stress().stressHigh())),
                    new Row("High recovery", Durations.hm(d.stress().recoveryHigh())),
                    new Row("Day summary", word(d.stress().summary())))));
        }
        List<Row> vitals = vitals(d);
        if (!vitals.isEmpty()) {
            out.add(new Section("Vitals", vitals));
        }
        if (d.resilience() != null) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("Level", word(d.resilience().level())));
            rows.addAll(contributors(d.resilience().contributors()));
            out.add(new Section("Resilience", rows));
        }
        if (a != null && !a.contributors().isEmpty()) {
            out.add(new Section("Activity contributors", contributors(a.contributors())));
        }
        List<Row> events = events(d);
        if (!events.isEmpty()) {
            out.add(new Section("Workouts, sessions, tags", events));
        }
        return List.copyOf(out);
    }

    /** 300 s per {@code class_5_min} character; without one, the record's own seconds per class. */
    private static List<Row> classTimes(ActivityDay d) {
        List<Row> rows = new ArrayList<>();
        ActivityTimes t = d.activity().times();
        Integer[] recorded = {t.nonWear(), t.resting(), t.sedentary(), t.low(), t.medium(), t.high()};
        for (ActivityClass c : ActivityClass.values()) {
            Integer seconds = d.classSeconds().isEmpty() ? recorded[c.ordinal()] : d.classSeconds().get(c);
            rows.add(new Row(label(c), Durations.hm(seconds)));
        }
        return rows;
    }

    /** "Non-wear", "Rest", "Inactive", "Low", "Medium", "High". */
    public static String label(ActivityClass c) {
        String code = c.code().replace('_', '-');
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }

    private static List<Row> vitals(ActivityDay d) {
        List<Row> rows = new ArrayList<>();
        if (!d.heartRate().isEmpty()) {
            rows.add(new Row("Heart rate, lowest", d.heartRate().min() + " bpm"));
            rows.add(new Row("Heart rate, average", NightNumbers.fixed(d.heartRate().mean(), 1) + " bpm"));
            rows.add(new Row("Heart rate, highest", d.heartRate().max() + " bpm"));
        }
        if (d.spo2() != null) {
            rows.add(new Row("SpO2 average", NightNumbers.number(d.spo2().averagePercent(), " %")));
            rows.add(new Row("Breathing disturbance index",
                    NightNumbers.number(d.spo2().breathingDisturbanceIndex(), "")));
        }
        if (d.cardiovascularAge() != null) {
            rows.add(new Row("Cardiovascular age", NightNumbers.number(d.cardiovascularAge().vascularAge(), " years")));
        }
        if (d.vo2Max() != null) {
            rows.add(new Row("VO2 max", NightNumbers.number(d.vo2Max().vo2Max(), " ml/kg/min")));
        }
        Double temperature = d.readiness() == null ? null : d.readiness().temperatureDeviation();
        if (temperature != null) {
            rows.add(new Row("Temperature deviation",
                    (temperature >= 0 ? "+" : "") + NightNumbers.fixed(temperature, 2) + " °C"));
        }
        return rows;
    }

    private static List<Row> events(ActivityDay d) {
        List<Row> rows = new ArrayList<>();
        for (Workout w : d.workouts()) {
            rows.add(new Row(EventSpans.words(w.activity()) + " " + Durations.clock(w.start()) + "–"
                    + Durations.clock(w.end()), w.calories() == null ? DASH
                    : NightNumbers.number(Math.round(w.calories()), " kcal")));
        }
        for (Session s : d.sessions()) {
            rows.add(new Row(EventSpans.words(s.type()) + " session", Durations.clock(s.start()) + "–"
                    + Durations.clock(s.end())));
        }
        for (DayTag t : d.tags()) {
            rows.add(new Row(t.name(), t.start() == null ? "all day" : Durations.clock(t.start())));
        }
        return rows;
    }

    private static List<Row> contributors(Map<String, Integer> contributors) {
        List<Row> rows = new ArrayList<>();
        new TreeMap<>(contributors).forEach((k, v) -> rows.add(new Row(NightNumbers.words(k),
                NightNumbers.number(v, ""))));
        return rows;
    }

    private static String word(String code) {
        return code == null || code.isBlank() ? DASH : EventSpans.words(code);
    }
}
