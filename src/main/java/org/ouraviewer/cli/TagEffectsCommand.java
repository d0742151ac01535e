package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.DailySeries;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.TagEffects;
import org.ouraviewer.text.NumberText;

/**
 * {@code tag-effects PATH... [--metric M] [--lag N] [--json]}: what each tag goes with in one metric
 * ({@link TagEffects}). The JSON lists the tags by name (CLI.md); the text table puts the strongest effects
 * first ({@link TagEffect#STRONGEST_FIRST}), as the Trends tab's forest plot does.
 */
final class TagEffectsCommand {
    static final int MAX_LAG = 366;

    private TagEffectsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--metric", "--lag"));
        if (a.options("--metric").size() > 1) {
            throw new UsageException("tag-effects takes one --metric");
        }
        DayMetric metric = a.option("--metric") == null ? DayMetric.SLEEP_SCORE : Arguments.metric(a.option("--metric"));
        int lag = a.intOption("--lag", TagEffects.DEFAULT_LAG, -MAX_LAG, MAX_LAG);
        List<java.nio.file.Path> paths = a.paths(0);

        LoadResult result = Reports.load(paths, err);
        DailySeries series = DayMetrics.of(result.data()).series(metric);
        TagDays tags = TagDays.of(result.data());
        List<TagEffect> effects = TagEffects.of(series, tags, lag);
        boolean nothing = series.count() == 0 || tags.byName().isEmpty();
        if (series.count() == 0) {
            err.println("No " + metric.id() + " values in the files given.");
        } else if (tags.byName().isEmpty()) {
            err.println("No tags in the files given.");
        }
        if (a.has("--json")) {
            writeJson(metric, lag, effects, out);
        } else {
            writeText(metric, lag, effects, out);
        }
        return result.failedCount() > 0 || nothing ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    private static void writeJson(DayMetric metric, int lag, List<TagEffect> effects, PrintStream out)
            throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.gen();
            g.writeStartObject();
            json.string("metric", metric.id());
            json.number("lag", lag);
            g.writeArrayFieldStart("effects");
            for (TagEffect e : effects) {
                g.writeStartObject();
                json.string("tag", e.tag());
                json.number("n_with", e.nWith());
                json.number("n_without", e.nWithout());
                json.number("mean_with", e.meanWith());
                json.number("mean_without", e.meanWithout());
                json.number("difference", e.difference());
                g.writeFieldName("ci95");
                if (e.hasInterval()) {
                    g.writeStartArray();
                    json.value(e.ciLow());
                    json.value(e.ciHigh());
                    g.writeEndArray();
                } else {
                    g.writeNull();
                }
                g.writeBooleanField("few", e.few());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeText(DayMetric metric, int lag, List<TagEffect> effects, PrintStream out) {
        String unit = metric.unit().isEmpty() ? "" : " (" + metric.unit() + ")";
        out.printf("%s%s on the day %s each tag's day, against all other days%n", metric.label(), unit,
                lag == 0 ? "of" : lag == 1 ? "after" : lag > 0 ? lag + " days after" : -lag + " days before");
        if (effects.isEmpty()) {
            out.println("No tag has two days with a value.");
            return;
        }
        out.printf("%-24s %6s %7s %10s %10s %10s  %s%n", "tag", "with", "without", "mean with", "mean other",
                "difference", "95 % interval");
        for (TagEffect e : effects.stream().sorted(TagEffect.STRONGEST_FIRST).toList()) {
            String interval = e.hasInterval() ? "[" + fixed(e.ciLow()) + ", " + fixed(e.ciHigh()) + "]" : "-";
            out.printf("%-24s %6d %7d %10s %10s %10s  %s%s%n", e.tag(), e.nWith(), e.nWithout(), fixed(e.meanWith()),
                    fixed(e.meanWithout()), fixed(e.difference()), interval, e.few() ? "  few nights" : "");
        }
        out.println();
        out.println("Made this way, a 95 % interval holds the true difference 19 times in 20 (if days were"
                + " independent); a difference goes with a tag, it does not prove the tag causes it.");
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "-" : NumberText.plain(Math.round(v * 100) / 100.0);
    }
}
