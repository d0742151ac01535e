package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ouraviewer.model.DailyReadiness;
import org.ouraviewer.model.DailySleep;
import org.ouraviewer.model.MainSleep;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepDurations;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepVitals;
import org.ouraviewer.text.Durations;

/**
 * The night's numbers beside the chart, with units, in sections. The same rows feed the tab's side panel
 * and the exported picture. Phase percentages are of the time in bed, as Oura's app shows them. For the
 * whole day the durations add the periods that count as sleep; the averages are those of the main sleep (on a
 * day without one, of its longest nap or period: {@link MainSleep#orLongestPeriod}).
 */
public final class NightNumbers {
    public record Row(String label, String value) {
    }

    public record Section(String title, List<Row> rows) {
    }

    private final List<Section> sections;

    private NightNumbers(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    /** The value of the first row labelled {@code label} ("Sleep score"), or null without one. */
    public String value(String label) {
        return sections.stream().flatMap(s -> s.rows().stream()).filter(r -> r.label().equals(label))
                .map(Row::value).findFirst().orElse(null);
    }

    /** Numbers for {@code shown} (one period, or every period of the day) of {@code day}. */
    public static NightNumbers of(OuraData data, LocalDate day, List<SleepPeriod> shown) {
        Optional<DailySleep> sleep = data.dailySleep(day);
        Optional<DailyReadiness> readiness = data.dailyReadiness(day);
        List<Section> out = new ArrayList<>();
        List<Row> scores = new ArrayList<>();
        scores.add(new Row("Sleep score", number(sleep.map(DailySleep::score).orElse(null), "")));
        Integer readinessScore = readiness.map(DailyReadiness::score)
                .orElse(data.mainSleep(day).map(SleepPeriod::readinessScore).orElse(null));
        scores.add(new Row("Readiness score", number(readinessScore, "")));
        out.add(new Section("Scores", scores));

        boolean single = shown.size() == 1;
        SleepDurations d = single ? shown.get(0).durations() : sum(shown);
        SleepPeriod main = single ? shown.get(0) : MainSleep.orLongestPeriod(shown).orElseThrow();
        SleepVitals v = main.vitals();
        List<Row> sleepRows = new ArrayList<>();
        sleepRows.add(new Row("Total sleep", withShare(d.totalSleep(), d.timeInBed())));
        sleepRows.add(new Row("Deep", withShare(d.deep(), d.timeInBed())));
        sleepRows.add(new Row("Light", withShare(d.light(), d.timeInBed())));
        sleepRows.add(new Row("REM", withShare(d.rem(), d.timeInBed())));
        sleepRows.add(new Row("Awake", withShare(d.awake(), d.timeInBed())));
        sleepRows.add(new Row("Time in bed", Durations.hm(d.timeInBed())));
        Integer efficiency = single ? v.efficiency() : share(d.totalSleep(), d.timeInBed());
        sleepRows.add(new Row("Efficiency", number(efficiency, " %")));
        sleepRows.add(new Row("Latency", Durations.hm(main.durations().latency())));
        out.add(new Section(single ? main.type().label() : "All periods of the day", sleepRows));

        List<Row> vitals = new ArrayList<>();
        vitals.add(new Row("Lowest heart rate", number(v.lowestHeartRate(), " bpm")));
        vitals.add(new Row("Average heart rate", number(v.averageHeartRate(), " bpm")));
        vitals.add(new Row("Average HRV", number(v.averageHrv(), " ms")));
        vitals.add(new Row("Breathing rate", number(v.averageBreath(), " /min")));
        Double temperature = readiness.map(DailyReadiness::temperatureDeviation).orElse(null);
        vitals.add(new Row("Temperature deviation", temperature == null ? "-"
                : (temperature >= 0 ? "+" : "") + fixed(temperature, 2) + " °C"));
        out.add(new Section(single ? "Vitals" : "Vitals (main sleep)", vitals));

        readiness.map(DailyReadiness::contributors).filter(c -> !c.isEmpty())
                .ifPresent(c -> out.add(new Section("Readiness contributors", contributors(c))));
        sleep.map(DailySleep::contributors).filter(c -> !c.isEmpty())
                .ifPresent(c -> out.add(new Section("Sleep contributors", contributors(c))));
        return new NightNumbers(out);
    }

    private static SleepDurations sum(List<SleepPeriod> periods) {
        Integer[] total = new Integer[7];
        for (SleepPeriod p : periods) {
            if (!p.type().countsAsSleep()) {
                continue;
            }
            SleepDurations d = p.durations();
            Integer[] parts = {d.timeInBed(), d.totalSleep(), d.deep(), d.light(), d.rem(), d.awake(), d.latency()};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != null) {
                    total[i] = (total[i] == null ? 0 : total[i]) + parts[i];
                }
            }
        }
        return new SleepDurations(total[0], total[1], total[2], total[3], total[4], total[5], total[6]);
    }

    private static List<Row> contributors(Map<String, Integer> contributors) {
        List<Row> rows = new ArrayList<>();
        new TreeMap<>(contributors).forEach((k, value) -> rows.add(new Row(words(k), number(value, ""))));
        return rows;
    }

    /** {@code hrv_balance} → "HRV balance", {@code rem_sleep} → "REM sleep". */
    public static String words(String key) {
        String[] parts = key.split("_");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i].equals("hrv") || parts[i].equals("rem") ? parts[i].toUpperCase(Locale.ROOT) : parts[i];
            if (i == 0 && !w.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    private static Integer share(Integer part, Integer whole) {
        return part == null || whole == null || whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static String withShare(Integer seconds, Integer whole) {
        Integer pct = share(seconds, whole);
        return Durations.hm(seconds) + (pct == null ? "" : "  (" + pct + " %)");
    }

    /** A number with its unit, whole when it is whole; a dash when absent. */
    public static String number(Number n, String unit) {
        if (n == null) {
            return "-";
        }
        double d = n.doubleValue();
        String text = d == Math.rint(d) ? Long.toString((long) d) : fixed(d, 1);
        return text + unit;
    }

    /**
     * {@code v} with {@code digits} decimals, half up. Not {@code String.format}: its first use costs tens of
     * milliseconds, and the headless export is meant to take about a second as a whole.
     */
    public static String fixed(double v, int digits) {
        return java.math.BigDecimal.valueOf(v).setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
