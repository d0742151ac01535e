package org.ouraviewer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.chart.nights.ActogramPicture;
import org.ouraviewer.chart.nights.ActogramRows;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.chart.nights.OverlayLayout;
import org.ouraviewer.chart.nights.OverlayPicture;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;

/**
 * The Nights tab's work on six years (the metrics benchmark's data set, {@code target/bench-metrics}; run
 * written once by {@link MetricsBenchmark#sixYears}), headless, in one JVM: the actogram's rows (the background step
 * of a range change), its layout at 1600 × 900 (the step of a size change, on the FX thread), the median
 * night's sets with a tag and all the other nights (background), the overlay's layout, and the PNG and SVG
 * exports. The paint on the screen's canvas is {@link NightsCanvasBenchmark}. See {@code bench/README.md}.
 *
 * <pre>java -cp ... org.ouraviewer.bench.NightsBenchmark [DIR] [ROUNDS]</pre>
 */
public final class NightsBenchmark {
    private NightsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = MetricsBenchmark.sixYears(Path.of(args.length > 0 ? args[0] : "target/bench-metrics"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        OuraData data = DataLoader.load(List.of(dir)).data();
        TagDays tags = TagDays.of(data);
        LocalDate first = data.sleepDays().first();
        LocalDate last = data.sleepDays().last();
        System.out.printf("loaded %s: %d days with sleep, %s to %s%n", dir, data.sleepDays().size(), first, last);

        ActogramRows rows = time("actogram rows, all " + (last.toEpochDay() - first.toEpochDay() + 1) + " days",
                rounds, () -> ActogramRows.of(data, first, last, NightSets.markedDays(tags, null)));
        time("actogram rows, 90 days", rounds, () -> ActogramRows.of(data, last.minusDays(89), last,
                NightSets.markedDays(tags, null)));
        ActogramLayout layout = time("actogram layout, six years, 1600 x 900 at 1x", rounds, () ->
                new ActogramLayout(rows, ActogramLayout.Options.screen(1600, 900, 1), "", "Tag day"));
        time("actogram layout, six years, 1600 x 900 at 2x", rounds, () ->
                new ActogramLayout(rows, ActogramLayout.Options.screen(1600, 900, 2), "", "Tag day"));
        int rects = 0;
        for (int s = 1; s < 7; s++) {
            rects += layout.bars(s).count();
        }
        System.out.printf("  %.2f days a pixel row, %d bars to paint%n", layout.daysPerLine(), rects);

        String tag = tags.names().contains("Alcohol") ? "Alcohol" : tags.names().get(0);
        NightSets sets = time("median night: after " + tag + " and all other nights, six years", rounds,
                () -> NightSets.of(data, tags, first, last, tag, true));
        System.out.printf("  %d + %d nights%n", sets.primary().median().nights(), sets.reference().median().nights());
        time("median night: all nights, six years", rounds, () -> NightSets.of(data, tags, first, last, null, false));
        time("overlay layout, 1600 x 900", rounds, () -> new OverlayLayout(sets.primary(), sets.reference(), null,
                OverlayLayout.Options.screen(1600, 900), ""));

        ActogramPicture picture = new ActogramPicture(rows, "Nights", "Tag day", NightsPalette.LIGHT, 1);
        time("actogram PNG 1600 x 900 (layout + Java2D + encoder)", Math.max(3, rounds / 4),
                () -> bytes(out -> picture.writePng(out, 1600, 900, 1)));
        int svg = time("actogram SVG 1600 x 900", Math.max(3, rounds / 4),
                () -> bytes(out -> picture.writeSvg(out, 1600, 900)));
        System.out.printf("  SVG %d kB%n", svg / 1024);
        OverlayPicture overlay = new OverlayPicture(sets.primary(), sets.reference(), null, "Median", NightsPalette.LIGHT);
        time("overlay PNG 1600 x 900", Math.max(3, rounds / 4), () -> bytes(out -> overlay.writePng(out, 1600, 900, 1)));
    }

    private interface Writing {
        void write(OutputStream out) throws IOException;
    }

    private static int bytes(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size();
    }

    /** The median of the runs after the first. */
    static double median(double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static <T> T time(String what, int rounds, Supplier<T> work) {
        return MetricsBenchmark.time(what, rounds, work);
    }
}
