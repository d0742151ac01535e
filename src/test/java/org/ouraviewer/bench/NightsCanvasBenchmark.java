package org.ouraviewer.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.chart.nights.ActogramRenderer;
import org.ouraviewer.chart.nights.ActogramRows;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.ui.chart.CanvasPainter;

/**
 * Six years of nights painted on a JavaFX canvas of 1600 × 900, once laid out, as the Nights tab repaints
 * (appearance switch): the FX thread's time to paint the layout's arrays through the canvas painter, and the
 * time to render the canvas' commands into pixels ({@code snapshot}, which adds reading the pixels back, so an
 * upper bound of the render thread's share). Runs on any JavaFX platform: {@code bench/nights.sh} uses
 * Monocle's headless software pipeline, the one the app uses under Xvfb too.
 */
public final class NightsCanvasBenchmark {
    private NightsCanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = MetricsBenchmark.sixYears(Path.of(args.length > 0 ? args[0] : "target/bench-metrics"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        OuraData data = DataLoader.load(List.of(dir)).data();
        LocalDate first = data.sleepDays().first();
        LocalDate last = data.sleepDays().last();
        ActogramRows rows = ActogramRows.of(data, first, last, NightSets.markedDays(TagDays.of(data), null));
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                for (double scale : new double[] {1, 2}) {
                    run(rows, scale, rounds);
                }
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(ActogramRows rows, double scale, int rounds) {
        ActogramLayout layout = new ActogramLayout(rows, ActogramLayout.Options.screen(1600, 900, scale), "",
                "Tag day");
        Canvas canvas = new Canvas(1600, 900);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double[] paint = new double[rounds];
        double[] paintCpu = new double[rounds];
        double[] render = new double[rounds];
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        for (int i = 0; i < rounds; i++) {
            long c0 = MetricsBenchmark.threadCpuNanos();
            long t0 = System.nanoTime();
            g.clearRect(0, 0, 1600, 900);
            // the appearance alternates after the first rounds: a palette's first paint makes its image
            ActogramRenderer.paint(layout, i < rounds / 2 ? NightsPalette.LIGHT : NightsPalette.DARK,
                    new CanvasPainter(g));
            long t1 = System.nanoTime();
            paintCpu[i] = (MetricsBenchmark.threadCpuNanos() - c0) / 1e6;
            canvas.snapshot(parameters, null);
            long t2 = System.nanoTime();
            paint[i] = (t1 - t0) / 1e6;
            render[i] = (t2 - t1) / 1e6;
        }
        Canvas blank = new Canvas(1600, 900);
        double[] empty = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            blank.snapshot(parameters, null);
            empty[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("a blank 1600 x 900 canvas at %.0fx: snapshot median %.2f ms (the read-back alone)%n", scale,
                NightsBenchmark.median(empty));
        System.out.printf("six years on a 1600 x 900 canvas at %.0fx (%.2f days a pixel row): paint first %.2f ms, "
                + "then median %.2f ms (CPU %.2f); render (snapshot) first %.2f ms, then median %.2f ms%n", scale,
                layout.daysPerLine(), paint[0], NightsBenchmark.median(paint), NightsBenchmark.median(paintCpu),
                render[0], NightsBenchmark.median(render));
    }
}
