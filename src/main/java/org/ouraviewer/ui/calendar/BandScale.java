package org.ouraviewer.ui.calendar;

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
     * Without a baseline (too few days) every day is usual; when the middle half is one value (a level that
     * rarely changes), a day is usual, higher or lower than it.
     */
    static BandScale relativeToUsual(Baseline usual, DoubleFunction<String> format) {
        String note = "relative to your usual range, the middle half of your days";
        if (!usual.exists()) {
            return new BandScale(new double[0], new DayBand[] {DayBand.USUAL},
                    List.of(new LegendEntry(DayBand.USUAL, "every day")), "too few days for a usual range");
        }
        double low = usual.p25();
        double high = usual.p75();
        double step = high - low;
        if (step == 0) {
            String at = format.apply(low);
            return new BandScale(new double[] {low, Math.nextUp(high)},
                    new DayBand[] {DayBand.LOWER, DayBand.USUAL, DayBand.HIGHER},
                    List.of(new LegendEntry(DayBand.HIGHER, "above " + at), new LegendEntry(DayBand.USUAL, at),
                            new LegendEntry(DayBand.LOWER, "below " + at)), note);
        }
        String lowest = format.apply(low - step);
        String highest = format.apply(high + step);
        return new BandScale(new double[] {low - step, low, Math.nextUp(high), Math.nextUp(high + step)},
                new DayBand[] {DayBand.MUCH_LOWER, DayBand.LOWER, DayBand.USUAL, DayBand.HIGHER, DayBand.MUCH_HIGHER},
                List.of(new LegendEntry(DayBand.MUCH_HIGHER, "above " + highest),
                        new LegendEntry(DayBand.HIGHER, "above usual, to " + highest),
                        new LegendEntry(DayBand.USUAL, format.apply(low) + " to " + format.apply(high)),
                        new LegendEntry(DayBand.LOWER, "below usual, to " + lowest),
                        new LegendEntry(DayBand.MUCH_LOWER, "below " + lowest)), note);
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
