package org.ouraviewer.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.PhaseShares;
import org.ouraviewer.metrics.PhaseShares.Phase;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/**
 * {@code median-night PATH... [--from DAY] [--to DAY] [--tag T] [--json]}: the main sleeps of a range (or of
 * the days after a tag) aligned by onset ({@link MedianNight}). Without a night to show it still writes the
 * result (0 nights), says why on stderr and exits 1. {@code from} and {@code to} are the bounds given, else
 * the first and last day of the nights used.
 */
final class MedianNightCommand {
    private MedianNightCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Set.of("--json"), Set.of("--from", "--to", "--tag"));
        LocalDate from = a.dayOption("--from");
        LocalDate to = a.dayOption("--to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        String tagAsked = a.option("--tag");
        List<java.nio.file.Path> paths = a.paths(0);

        LoadResult result = Reports.load(paths, err);
        OuraData data = result.data();
        String tag = tagAsked;
        NavigableSet<LocalDate> tagDays = null;
        if (tagAsked != null) {
            TagDays tags = TagDays.of(data);
            tag = tags.find(tagAsked).orElse(tagAsked);
            tagDays = tags.days(tag);
            if (tagDays.isEmpty()) {
                err.println("No tag named \"" + tagAsked + "\" in the files given" + (tags.names().isEmpty() ? "."
                        : " (tags: " + String.join(", ", tags.names()) + ")."));
            }
        }
        List<SleepPeriod> nights = MedianNight.nights(data, from, to, tagDays);
        if (nights.isEmpty() && (tagDays == null || !tagDays.isEmpty())) {
            err.println("No main sleep (long sleep) " + (tag == null ? "" : "after a day tagged " + tag + " ")
                    + "in the files given" + (from == null && to == null ? "" : " from " + (from == null ? "the start"
                    : from) + " to " + (to == null ? "the end" : to)) + ".");
        }
        MedianNight median = MedianNight.of(nights);
        LocalDate first = from != null ? from : nights.isEmpty() ? null : nights.get(0).day();
        LocalDate last = to != null ? to : nights.isEmpty() ? null : nights.get(nights.size() - 1).day();
        if (a.has("--json")) {
            writeJson(median, first, last, tag, out);
        } else {
            writeText(median, first, last, tag, out);
        }
        return result.failedCount() > 0 || nights.isEmpty() ? ExitCode.INCOMPLETE : ExitCode.OK;
    }

    private static void writeJson(MedianNight m, LocalDate from, LocalDate to, String tag, PrintStream out)
            throws IOException {
        try (JsonOutput json = new JsonOutput(out)) {
            JsonGenerator g = json.gen();
            g.writeStartObject();
            json.number("nights", m.nights());
            json.string("from", from);
            json.string("to", to);
            json.string("tag", tag);
            json.number("bin_s", MedianNight.BIN_SECONDS);
            json.array("offset_s", m.bins(), m::offsetSeconds);
            series(json, "hr", m.heartRate());
            series(json, "hrv", m.hrv());
            g.writeObjectFieldStart("phases");
            PhaseShares p = m.phases();
            for (Phase phase : Phase.values()) {
                json.array(phase.name().toLowerCase(java.util.Locale.ROOT), p.bins(), i -> p.share(phase, i));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }

    private static void series(JsonOutput json, String field, BinStats s) throws IOException {
        json.gen().writeObjectFieldStart(field);
        json.array("median", s.bins(), s::median);
        json.array("p25", s.bins(), s::p25);
        json.array("p75", s.bins(), s::p75);
        json.array("n", s.bins(), s::count);
        json.gen().writeEndObject();
    }

    /** Every half hour: the median heart rate and HRV with their quartiles, and the phase shares. */
    private static void writeText(MedianNight m, LocalDate from, LocalDate to, String tag, PrintStream out) {
        out.printf("%d nights%s%s%n", m.nights(), from == null ? "" : " from " + from + " to " + to,
                tag == null ? "" : ", the nights after " + tag);
        if (m.bins() == 0) {
            return;
        }
        out.printf("%-6s %-17s %-17s %5s %5s %5s %5s%n", "onset", "heart rate (bpm)", "HRV (ms)", "deep", "light",
                "REM", "awake");
        PhaseShares p = m.phases();
        for (int b = 0; b < m.bins(); b += 6) {
            out.printf("+%d:%02d  %-17s %-17s %5s %5s %5s %5s%n", b / 12, (b % 12) * 5, quartiles(m.heartRate(), b),
                    quartiles(m.hrv(), b), percent(p.share(Phase.DEEP, b)), percent(p.share(Phase.LIGHT, b)),
                    percent(p.share(Phase.REM, b)), percent(p.share(Phase.AWAKE, b)));
        }
    }

    private static String quartiles(BinStats s, int bin) {
        if (Double.isNaN(s.median(bin))) {
            return "- (" + s.count(bin) + ")";
        }
        return Math.round(s.median(bin)) + " [" + Math.round(s.p25(bin)) + "–" + Math.round(s.p75(bin)) + "] ("
                + s.count(bin) + ")";
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : Math.round(share * 100) + "%";
    }
}
