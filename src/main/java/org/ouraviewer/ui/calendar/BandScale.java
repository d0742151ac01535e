package org.ouraviewer.ui.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * How values of a metric fall into {@link DayBand}s, and the legend that says so.
 *
 * <p>Scores use Oura's bands (85+, 70–84, below 70). Steps use fixed step counts. Lowest heart rate
 * and HRV have no common good value (they differ a lot between people), so their bands are the
 * wearer's own thirds of the loaded days. Temperature deviation is coloured both ways from zero.
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
    static BandScale higherIsBetter(double high, double low, String optimal, String good, String attention,
                                    String note) {
        return new BandScale(new double[] {low, high}, new DayBand[] {DayBand.ATTENTION, DayBand.GOOD, DayBand.OPTIMAL},
                List.of(new LegendEntry(DayBand.OPTIMAL, optimal), new LegendEntry(DayBand.GOOD, good),
                        new LegendEntry(DayBand.ATTENTION, attention)), note);
    }

    /** Lower values are better: below {@code low} is optimal, below {@code high} good. */
    static BandScale lowerIsBetter(double low, double high, String optimal, String good, String attention,
                                   String note) {
        return new BandScale(new double[] {low, high}, new DayBand[] {DayBand.OPTIMAL, DayBand.GOOD, DayBand.ATTENTION},
                List.of(new LegendEntry(DayBand.OPTIMAL, optimal), new LegendEntry(DayBand.GOOD, good),
                        new LegendEntry(DayBand.ATTENTION, attention)), note);
    }

    /**
     * Bands from the wearer's own values: the best third optimal, the middle third good, the rest
     * attention. {@code values} may hold NaN for missing days; they are ignored.
     */
    static BandScale personalThirds(double[] values, boolean higherIsBetter, DoubleFunction<String> format,
                                    String unit) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return higherIsBetter(Double.MAX_VALUE, Double.MAX_VALUE, "-", "-", "-", "no data");
        }
        double lowCut = present[present.length / 3];
        double highCut = present[(2 * present.length) / 3];
        String note = "your own thirds of the loaded days";
        if (lowCut == highCut) {
            // Too few distinct values for thirds: above and below the middle value.
            String cut = format.apply(lowCut) + " " + unit;
            return higherIsBetter ? new BandScale(new double[] {lowCut}, new DayBand[] {DayBand.ATTENTION, DayBand.OPTIMAL},
                    List.of(new LegendEntry(DayBand.OPTIMAL, cut + " and above"), new LegendEntry(DayBand.ATTENTION,
                            "below " + cut)), note)
                    : new BandScale(new double[] {highCut}, new DayBand[] {DayBand.OPTIMAL, DayBand.ATTENTION},
                    List.of(new LegendEntry(DayBand.OPTIMAL, "below " + cut), new LegendEntry(DayBand.ATTENTION,
                            cut + " and above")), note);
        }
        if (higherIsBetter) {
            return higherIsBetter(highCut, lowCut, format.apply(highCut) + " " + unit + " and above",
                    format.apply(lowCut) + "–" + format.apply(highCut) + " " + unit,
                    "below " + format.apply(lowCut) + " " + unit, note);
        }
        return lowerIsBetter(lowCut, highCut, "below " + format.apply(lowCut) + " " + unit,
                format.apply(lowCut) + "–" + format.apply(highCut) + " " + unit,
                format.apply(highCut) + " " + unit + " and above", note);
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
