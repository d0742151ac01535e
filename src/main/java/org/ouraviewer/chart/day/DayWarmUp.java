package org.ouraviewer.chart.day;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Rgb;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ActivityDays;
import org.ouraviewer.model.OuraData;

/**
 * Runs the Day tab's own code once, off the FX thread, when data has loaded: the activity day, its series,
 * numbers, layout, readout and a paint into nothing. A fresh process spends about 75 ms loading and verifying
 * those classes the first time (bench/README.md, <i>The Day tab</i>); done here, the tab's first showing does not.
 * Once per process: later days find the classes loaded. What JavaFX spends on its own first canvas is not here.
 */
public final class DayWarmUp {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private DayWarmUp() {
    }

    /** Warms up on the last day of {@code data} unless done before; nothing without days. Any thread. */
    public static void once(OuraData data) {
        LocalDate day = data.days().isEmpty() ? null : data.days().last();
        if (day == null || !DONE.compareAndSet(false, true)) {
            return;
        }
        ActivityDay d = ActivityDays.of(data, day);
        DaySeries s = new DaySeries(d);
        DayNumbers.of(d);
        DayLayout layout = new DayLayout(s, null, NightLayout.Options.screen(800, 560), s.start(), s.end());
        DayRenderer.paint(layout, DayPalette.LIGHT, new Nowhere());
        DayReadout.lines(s, s.start());
    }

    /** A painter that draws nothing. */
    private static final class Nowhere implements Painter {
        @Override
        public void color(Rgb color) {
        }

        @Override
        public void fillRect(double x, double y, double width, double height) {
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, double width) {
        }

        @Override
        public void polyline(double[] xs, double[] ys, int count, double width) {
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, Anchor anchor) {
        }

        @Override
        public void clip(double x, double y, double width, double height) {
        }

        @Override
        public void unclip() {
        }
    }
}
