package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.chart.TrendPicture;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.Trend;

/**
 * {@code export-trends PATH... --out FILE [--metric M]... [--from DAY] [--to DAY] [--width W] [--height H]}:
 * the Trends tab's chart of one or two metrics (default {@code sleep_score}) as PNG or SVG, headless: daily
 * values, the 7-day rolling mean, each metric's usual range, the day axis, each metric's name and unit. The
 * range defaults to the first to the last day with a value of the metrics asked for.
 */
final class ExportTrendsCommand {
    private ExportTrendsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Set<String> valued = new java.util.HashSet<>(PictureOutput.OPTIONS);
        valued.addAll(Set.of("--metric", "--from", "--to"));
        Arguments a = Arguments.parse(args, Set.of(), valued);
        Set<DayMetric> metrics = new LinkedHashSet<>();
        for (String id : a.options("--metric")) {
            metrics.add(Arguments.metric(id));
        }
        if (metrics.isEmpty()) {
            metrics.add(DayMetric.SLEEP_SCORE);
        }
        if (metrics.size() > 2) {
            throw new UsageException("one chart shows at most two metrics, each on its own axis; " + metrics.size()
                    + " were given");
        }
        LocalDate from = a.dayOption("--from");
        LocalDate to = a.dayOption("--to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        List<java.nio.file.Path> paths = a.paths(0);
        PictureOutput output = PictureOutput.of(a);

        output.warmUp();
        LoadResult result = Reports.load(paths, err);
        DayMetrics all = DayMetrics.of(result.data());
        DayRange range = range(all, metrics, from, to);
        List<TrendChart.Line> lines = new ArrayList<>();
        boolean anyValue = false;
        for (DayMetric m : metrics) {
            DailySeries series = all.series(m);
            if (range != null) {
                Trend t = Trend.of(series, range.from(), range.to(), Trend.DEFAULT_WINDOW);
                lines.add(new TrendChart.Line(t, Baseline.of(series)));
                anyValue |= t.months().stream().anyMatch(p -> p.count() > 0);
            }
        }
        if (!anyValue) {
            err.println("No " + String.join(" or ", metrics.stream().map(DayMetric::id).toList()) + " values "
                    + (range == null ? "" : "from " + range.from() + " to " + range.to() + " ")
                    + "in the files given; nothing written.");
            return ExitCode.INCOMPLETE;
        }
        output.write(new TrendPicture(new TrendChart(lines, range, TrendChart.Periods.NONE, null, null),
                ChartPalette.LIGHT));
        out.println(output.printed());
        return Reports.exitCode(result);
    }

    /** The range asked for; a bound not given is the first or last day with a value of any metric asked for. */
    private static DayRange range(DayMetrics all, Set<DayMetric> metrics, LocalDate from, LocalDate to) {
        LocalDate first = null;
        LocalDate last = null;
        for (DayMetric m : metrics) {
            DailySeries s = all.series(m);
            LocalDate f = s.firstValueDay().orElse(null);
            LocalDate l = s.lastValueDay().orElse(null);
            first = f == null || (first != null && first.isBefore(f)) ? first : f;
            last = l == null || (last != null && last.isAfter(l)) ? last : l;
        }
        LocalDate start = from != null ? from : first;
        LocalDate end = to != null ? to : last;
        if (start == null || end == null || end.isBefore(start)) {
            return start != null && end == null ? new DayRange(start, start) : null;
        }
        return new DayRange(start, end);
    }
}
