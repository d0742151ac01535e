package org.ouraviewer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.ouraviewer.chart.Picture;
import org.ouraviewer.chart.nights.ActogramPicture;
import org.ouraviewer.chart.nights.ActogramRows;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.chart.nights.OverlayPicture;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;

/**
 * {@code export-nights PATH... --out FILE [--from DAY] [--to DAY] [--view actogram|overlay] [--tag T]
 * [--width W] [--height H]}: the Nights tab's pictures, as PNG or SVG by the extension of FILE, drawn headless.
 * The actogram has a row for every day from {@code --from} to {@code --to} (default: the first and last day
 * with sleep periods) and marks the days of {@code --tag} (default: every tagged day). The overlay is the
 * median night of the range's main sleeps; with {@code --tag}, of the nights after the tag's days, over all
 * the other nights of the range in grey. Nothing to draw (no period, no night after the tag, no such tag)
 * writes no file and exits 1.
 */
final class ExportNightsCommand {
    private ExportNightsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        Set<String> options = new HashSet<>(PictureOutput.OPTIONS);
        options.addAll(Set.of("--from", "--to", "--view", "--tag"));
        Arguments a = Arguments.parse(args, Set.of(), options);
        List<Path> paths = a.paths(0);
        PictureOutput output = PictureOutput.of(a);
        String view = a.option("--view") == null ? "actogram" : a.option("--view");
        if (!view.equals("actogram") && !view.equals("overlay")) {
            throw new UsageException("--view must be actogram or overlay, not \"" + view + "\"");
        }
        LocalDate from = a.dayOption("--from");
        LocalDate to = a.dayOption("--to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }

        output.warmUp();
        LoadResult result = Reports.load(paths, err);
        OuraData data = result.data();
        if (data.sleepDays().isEmpty()) {
            err.println("No sleep periods in the files given.");
            return ExitCode.INCOMPLETE;
        }
        TagDays tags = TagDays.of(data);
        String tag = null;
        if (a.option("--tag") != null) {
            tag = tags.find(a.option("--tag")).orElse(null);
            if (tag == null) {
                err.println("No tag named \"" + a.option("--tag") + "\" in the files given" + (tags.names().isEmpty()
                        ? "." : " (tags: " + String.join(", ", tags.names()) + ")."));
                return ExitCode.INCOMPLETE;
            }
        }
        LocalDate first = from != null ? from : data.sleepDays().first();
        LocalDate last = to != null ? to : data.sleepDays().last();
        if (last.isBefore(first)) {
            noNights(data, first, last, err);
            return ExitCode.INCOMPLETE;
        }
        Picture picture = view.equals("actogram") ? actogram(data, tags, tag, first, last, err)
                : overlay(data, tags, tag, first, last, err);
        if (picture == null) {
            return ExitCode.INCOMPLETE;
        }
        output.write(picture);
        out.println(output.target());
        return Reports.exitCode(result);
    }

    private static Picture actogram(OuraData data, TagDays tags, String tag, LocalDate from, LocalDate to,
                                    PrintStream err) {
        ActogramRows rows = ActogramRows.of(data, from, to, NightSets.markedDays(tags, tag));
        if (rows.nights() == 0) {
            noNights(data, from, to, err);
            return null;
        }
        return new ActogramPicture(rows, "Nights, " + from + " to " + to, NightSets.markedName(tag),
                NightsPalette.LIGHT, 1);
    }

    /** Where the nights are, when the range asked holds none. */
    private static void noNights(OuraData data, LocalDate from, LocalDate to, PrintStream err) {
        err.println("No sleep periods from " + from + (to.isBefore(from) ? " on" : " to " + to) + " in the files given"
                + " (they have nights from " + data.sleepDays().first() + " to " + data.sleepDays().last() + ").");
    }

    private static Picture overlay(OuraData data, TagDays tags, String tag, LocalDate from, LocalDate to,
                                   PrintStream err) {
        NightSets sets = NightSets.of(data, tags, from, to, tag, tag != null);
        if (sets.primary().median().nights() == 0) {
            err.println("No main sleep (long sleep) " + (tag == null ? "" : "after a day tagged " + tag + " ")
                    + "from " + from + " to " + to + " in the files given.");
            return null;
        }
        return new OverlayPicture(sets.primary(), sets.reference(), null, "Median night, " + from + " to " + to,
                NightsPalette.LIGHT);
    }
}
