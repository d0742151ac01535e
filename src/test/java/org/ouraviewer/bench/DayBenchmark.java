package org.ouraviewer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.day.DayCsv;
import org.ouraviewer.chart.day.DayLayout;
import org.ouraviewer.chart.day.DayNumbers;
import org.ouraviewer.chart.day.DayPalette;
import org.ouraviewer.chart.day.DayPicture;
import org.ouraviewer.chart.day.DayReadout;
import org.ouraviewer.chart.day.DayRenderer;
import org.ouraviewer.chart.day.DaySeries;
import org.ouraviewer.chart.day.DayWarmUp;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ActivityDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.sample.SyntheticData;
import org.ouraviewer.ui.chart.CanvasPainter;

/**
 * The Day tab's work on five years of synthetic data with heart rate every 5 minutes while worn (about 2.5
 * million rows; {@code target/bench-day}, written once), in one JVM: a day switch (the activity day, its series
 * and numbers, as the view-model builds them when a day is shown), the layout of a 1600 × 900 chart (a zoom or a
 * resize), its paint on a JavaFX canvas (Monocle's headless software pipeline with {@code bench/day.sh}), the
 * crosshair's readout, and the exports. Not a test: timings depend on the machine. See {@code bench/README.md}.
 *
 * <pre>java -cp ... org.ouraviewer.bench.DayBenchmark [DIR] [ROUNDS]</pre>
 */
public final class DayBenchmark {
    static final SyntheticData.Settings FIVE_YEARS = new SyntheticData.Settings(LocalDate.of(2020, 1, 1),
            5 * 365 + 1, 300, 5L);

    private DayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-day");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path marker = dir.resolve(".settings");
        if (!Files.exists(marker) || !Files.readString(marker).equals(FIVE_YEARS.toString())) {
            SyntheticData.generate(dir, FIVE_YEARS);
            Files.writeString(marker, FIVE_YEARS.toString());
        }
        OuraData data = DataLoader.load(List.of(dir)).data();
        List<LocalDate> days = new ArrayList<>(data.dailyActivityByDay().keySet());
        System.out.printf("loaded %s: %d heart-rate rows, %d activity days%n", dir, data.heartRate().size(),
                days.size());
        if (Boolean.parseBoolean(System.getProperty("day.warm", "true"))) {
            // as the app does on a background thread when data loads (DayWarmUp), on another day than measured
            long t0 = System.nanoTime();
            DayWarmUp.once(data);
            System.out.printf("warm-up when data loads (background thread): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        int[] next = {0};
        DaySeries series = MetricsBenchmark.time("day switch: activity day + series + numbers (a different day each"
                + " round)", rounds, () -> {
                    ActivityDay d = ActivityDays.of(data, days.get((next[0]++ * 37) % days.size()));
                    DayNumbers.of(d);
                    return new DaySeries(d);
                });
        System.out.printf("  %d heart-rate rows, %d class runs in the last day%n", series.heartRate().size(),
                series.classes().size());
        DayLayout layout = MetricsBenchmark.time("layout 1600 x 900, whole day (first paint, zoom, resize)", rounds,
                () -> new DayLayout(series, null, NightLayout.Options.screen(1600, 900), series.start(),
                        series.end()));
        MetricsBenchmark.time("layout 1600 x 900, two hours zoomed", rounds, () -> new DayLayout(series, null,
                NightLayout.Options.screen(1600, 900), series.start() + 36000, series.start() + 43200));
        MetricsBenchmark.time("crosshair readout (every lane's value)", rounds * 10, () ->
                DayReadout.lines(series, layout.timeAt(800)));
        DayPicture picture = DayPicture.of(series);
        MetricsBenchmark.time("PNG 1600 x 900", Math.max(3, rounds / 4), () -> bytes(out -> picture.writePng(out,
                1600, 900, 1)));
        MetricsBenchmark.time("CSV, a row a minute", Math.max(3, rounds / 4), () -> bytes(out -> DayCsv.write(series,
                out)));
        if (Boolean.getBoolean("day.canvas")) {
            canvas(layout, rounds);
        }
    }

    /** The paint of the laid-out day on a canvas, on the FX thread, as the tab repaints. */
    private static void canvas(DayLayout layout, int rounds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                if (Boolean.parseBoolean(System.getProperty("day.fxFirst", "true"))) {
                    // JavaFX's own first use (its fonts, the canvas pipeline), which any tab's first text pays
                    MetricsBenchmark.time("JavaFX's first text on a canvas (another canvas)", 2, () -> {
                        GraphicsContext other = new Canvas(64, 16).getGraphicsContext2D();
                        other.fillText("04:00", 0, 12);
                        other.fillRect(0, 0, 4, 4);
                        return other;
                    });
                }
                Canvas canvas = new Canvas(1600, 900);
                GraphicsContext g = canvas.getGraphicsContext2D();
                MetricsBenchmark.time("canvas paint 1600 x 900 (FX thread)", rounds, () -> {
                    g.clearRect(0, 0, 1600, 900);
                    DayRenderer.paint(layout, DayPalette.LIGHT, new CanvasPainter(g));
                    return g;
                });
                MetricsBenchmark.time("canvas paint + render to pixels (snapshot)", Math.max(3, rounds / 4), () -> {
                    g.clearRect(0, 0, 1600, 900);
                    DayRenderer.paint(layout, DayPalette.DARK, new CanvasPainter(g));
                    return canvas.snapshot(null, null);
                });
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private interface Writing {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static int bytes(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
