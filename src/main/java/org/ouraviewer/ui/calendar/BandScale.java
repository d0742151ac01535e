package org.ouraviewer.ui.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.ouraviewer.metrics.Baseline;

/**
 * How values of a metric fall into {@link DayBand}s, and the legend that says so.
 *
 * <p>Scores use Oura's bands (85+, 70–84, below 70). The other metrics have no common good value (steps,
 * heart rate and HRV differ a lot between people, and most have no better direction), so they are coloured
 * neutrally, lower or higher than the wearer's usual range. Temperature deviation, already relative to the
 * wearer's baseline, is coloured both ways from zero.
 */
public final class BandScale {
    /** One legend row: a band and what it means. */
    public record LegendEntry(DayBand band, String label) {
    }

    private final double[] thresholds;
    private final DayBand[] bands;
    private final List<LegendEntry> legend;
    private final String note;

    private BandScale(double[] thresholds, DayBand[] bands, List<LegendEntry> legend, String note) {
        this.thresholds = thresholds;
        this.bands = bands;
        this.legend = List.copyOf(legend);
        this.note = note;
    }

    /** Oura's score bands. */
    public static BandScale scores() {
        return higherIsBetter(85, 70, "85 and above, optimal", "70–84, good", "below 70, pay attention",
                "Oura's score bands");
    }

    /** Higher values are better: at least {@code high} is optimal, at least {@code low} good. */
    private static BandScale higherIsBetter(double high, double low, String optimal, String good, String attention,
                                    String note) {
        return new BandScale(new double[] {low, high}, new DayBand[] {DayBand.ATTENTION, DayBand.GOOD, DayBand.OPTIMAL},
                List.of(new LegendEntry(DayBand.OPTIMAL, optimal), new LegendEntry(DayBand.GOOD, good),
                        new LegendEntry(DayBand.ATTENTION, attention)), note);
    }

    /**
     * Neutral bands around the wearer's usual range, for a metric without a good direction or a common good
     * value: the usual range is the middle half of all the loaded days' values (from the 25 % to the 75 %
     * quantile, the Trends tab's band), "higher" and "lower" reach as far again beyond it (one interquartile
     * range), "much higher" and "much lower" lie further out. A value on the usual range's edge is usual.
     * Only the bands the values reach ({@code min} to {@code max}) are kept, so the legend never offers a
     * negative duration; when the middle half is one value (a level that rarely changes) a day is usual, higher
     * or lower than it. Without a baseline (too few days) every day is usual.
     */
    static BandScale relativeToUsual(Baseline usual, double min, double max, DoubleFunction<String> format) {
        if (!usual.exists()) {
            return new BandScale(new double[0], new DayBand[] {DayBand.USUAL},
                    List.of(new LegendEntry(DayBand.USUAL, "every day")), "too few days for a usual range");
        }
        double low = usual.p25();
        double high = usual.p75();
        double step = high - low;
        boolean lower = min < low;
        boolean muchLower = step > 0 && min < low - step;
        boolean higher = max > high;
        boolean muchHigher = step > 0 && max > high + step;
        List<Double> thresholds = new ArrayList<>();
        List<DayBand> bands = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        if (muchHigher) {
            legend.add(new LegendEntry(DayBand.MUCH_HIGHER, "above " + format.apply(high + step)));
        }
        if (higher) {
            legend.add(new LegendEntry(DayBand.HIGHER, muchHigher ? "above usual, to " + format.apply(high + step)
                    : "above " + format.apply(high)));
        }
        legend.add(new LegendEntry(DayBand.USUAL, step == 0 ? format.apply(low)
                : format.apply(low) + " to " + format.apply(high)));
        if (lower) {
            legend.add(new LegendEntry(DayBand.LOWER, muchLower ? "below usual, to " + format.apply(low - step)
                    : "below " + format.apply(low)));
        }
        if (muchLower) {
            legend.add(new LegendEntry(DayBand.MUCH_LOWER, "below " + format.apply(low - step)));
            bands.add(DayBand.MUCH_LOWER);
            thresholds.add(low - step);
        }
        if (lower) {
            bands.add(DayBand.LOWER);
            thresholds.add(low);
        }
        bands.add(DayBand.USUAL);
        if (higher) {
            thresholds.add(Math.nextUp(high));
            bands.add(DayBand.HIGHER);
        }
        if (muchHigher) {
            thresholds.add(Math.nextUp(high + step));
            bands.add(DayBand.MUCH_HIGHER);
        }
        return new BandScale(thresholds.stream().mapToDouble(Double::doubleValue).toArray(),
                bands.toArray(DayBand[]::new), legend, "relative to your usual range, the middle half of your days");
    }

    /** A diverging scale around zero: usual within ±{@code near}, much lower/higher beyond ±{@code far}. */
    static BandScale deviation(double near, double far, String unit) {
        return new BandScale(new double[] {-far, -near, near, far},
                new DayBand[] {DayBand.MUCH_LOWER, DayBand.LOWER, DayBand.USUAL, DayBand.HIGHER, DayBand.MUCH_HIGHER},
                List.of(new LegendEntry(DayBand.MUCH_HIGHER, "+" + far + " " + unit + " or more"),
                        new LegendEntry(DayBand.HIGHER, "+" + near + " to +" + far + " " + unit),
                        new LegendEntry(DayBand.USUAL, "within ±" + near + " " + unit),
                        new LegendEntry(DayBand.LOWER, "−" + near + " to −" + far + " " + unit),
                        new LegendEntry(DayBand.MUCH_LOWER, "−" + far + " " + unit + " or less")),
                "deviation from your baseline");
    }

    /** The band of a value; a value on a threshold falls into the band above it. */
    public DayBand band(double value) {
        int i = 0;
        while (i < thresholds.length && value >= thresholds[i]) {
            i++;
        }
        return bands[i];
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    /** Where the bands come from, for the legend ("Oura's score bands", "your own thirds…"). */
    public String note() {
        return note;
    }
}
