package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.PeriodMean;
import org.ouraviewer.metrics.Trend;

/**
 * {@code trends PATH... [--metric M]... [--from DAY] [--to DAY] [--window N] [--json]}: each metric's daily
 * values with the rolling mean, and its ISO-week and month means ({@link Trend}); without {@code --json}, a
 * table of the months. The metric defaults to {@code sleep_score}.
 */
final class TrendsCommand {
    static final int MAX_WINDOW = 3650;

    private TrendsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--metric", "--from", "--to", "--window"));
        Set<DayMetric> metrics = new LinkedHashSet<>();
        for (String id : a.options("--metric")) {
            metrics.add(Arguments.metric(id));
        }
        if (metrics.isEmpty()) {
            metrics.add(DayMetric.SLEEP_SCORE);
        }
        LocalDate from = a.dayOption("--from");
        LocalDate to = a.dayOption("--to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        int window = a.intOption("--window", Trend.DEFAULT_WINDOW, 1, MAX_WINDOW);
        List<java.nio.file.Path> paths = a.paths(0);

        LoadResult result = Reports.load(paths, err);
        DayMetrics all = DayMetrics.of(result.data());
        List<Trend> trends = new ArrayList<>();
        boolean anyValue = false;
        for (DayMetric m : metrics) {
            Trend t = trend(all.series(m), from, to, window);
            trends.add(t);
            boolean hasValue = t.months().stream().anyMatch(p -> p.count() > 0);
            anyValue |= hasValue;
            if (!hasValue) {
                err.println("No " + m.id() + " values " + (t.from() == null ? "" : "from " + t.from() + " to "
                        + t.to() + " ") + "in the files given.");
            }
        }
        if (a.has("--json")) {
            writeJson(trends, out);
        } else {
            writeText(trends, out);
        }
        return result.failedCount() > 0 || !anyValue ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    /** The range asked for; a bound not given is the metric's first or last day with a value. */
    private static Trend trend(DailySeries series, LocalDate from, LocalDate to, int window) {
        LocalDate start = from != null ? from : series.firstValueDay().orElse(to);
        LocalDate end = to != null ? to : series.lastValueDay().orElse(from);
        return start == null || end == null ? Trend.of(series, window) : Trend.of(series, start, end, window);
    }

    private static void writeJson(List<Trend> trends, PrintStream out) throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.gen();
            g.writeStartObject();
            g.writeArrayFieldStart("metrics");
            for (Trend t : trends) {
                g.writeStartObject();
                json.string("metric", t.metric().id());
                json.number("window", t.window());
                json.string("from", t.from());
                json.string("to", t.to());
                g.writeArrayFieldStart("days");
                for (int i = 0; i < t.size(); i++) {
                    g.writeStartObject();
                    json.string("day", t.day(i));
                    json.number("value", t.value(i));
                    json.number("rolling", t.rolling(i));
                    g.writeEndObject();
                }
                g.writeEndArray();
                periods(json, "weeks", "week", t.weeks());
                periods(json, "months", "month", t.months());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void periods(JsonOutput json, String field, String name, List<PeriodMean> periods)
            throws IOException {
        JsonGenerator g = json.gen();
        g.writeArrayFieldStart(field);
        for (PeriodMean p : periods) {
            g.writeStartObject();
            json.string(name, p.period());
            json.number("mean", p.mean());
            json.number("n", p.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeText(List<Trend> trends, PrintStream out) {
        boolean first = true;
        for (Trend t : trends) {
            if (!first) {
                out.println();
            }
            first = false;
            DayMetric m = t.metric();
            String unit = m.unit().isEmpty() ? "" : " (" + m.unit() + ")";
            if (t.from() == null) {
                out.printf("%s%s: no values%n", m.label(), unit);
                continue;
            }
            int days = t.months().stream().mapToInt(PeriodMean::count).sum();
            out.printf("%s%s, %s to %s: %d of %d days with a value%n", m.label(), unit, t.from(), t.to(), days,
                    t.size());
            out.printf("  %-8s %12s %5s%n", "month", "mean", "days");
            for (PeriodMean p : t.months()) {
                out.printf("  %-8s %12s %5d%n", p.period(), m.readable(p.mean()), p.count());
            }
        }
    }
}
