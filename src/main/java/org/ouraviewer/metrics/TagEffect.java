package org.ouraviewer.metrics;

import java.util.Comparator;

/**
 * What one tag goes with in one metric (CLI.md, <i>tag-effects</i>): the metric on the tag's days shifted
 * by the lag ("with") against every other day with a value ("without").
 *
 * @param ciLow  the low end of Welch's 95 % interval of the difference; NaN without an interval
 * @param ciHigh the high end; NaN without an interval (fewer than two days without)
 */
public record TagEffect(String tag, int nWith, int nWithout, double meanWith, double meanWithout,
                        double difference, double ciLow, double ciHigh) {
    /** Below this many days with, an effect is marked as resting on few nights. */
    public static final int FEW = 10;

    /**
     * The strongest effects first: by |difference| divided by the interval's half-width (how many
     * half-widths the difference lies from zero: above 1 exactly when the interval excludes zero), then by
     * name. An effect without an interval comes last; a difference with a zero-width interval first.
     */
    public static final Comparator<TagEffect> STRONGEST_FIRST = Comparator
            .comparingDouble(TagEffect::strength).reversed().thenComparing(TagEffect::tag);

    /** Whether it rests on fewer than {@link #FEW} days with the tag. */
    public boolean few() {
        return nWith < FEW;
    }

    public boolean hasInterval() {
        return !Double.isNaN(ciLow);
    }

    /** Whether the interval lies wholly on one side of zero. */
    public boolean excludesZero() {
        return hasInterval() && (ciLow > 0 || ciHigh < 0);
    }

    /** |difference| / half-width of the interval; 0 without an interval, infinite for a zero-width one. */
    public double strength() {
        if (!hasInterval()) {
            return 0;
        }
        double half = (ciHigh - ciLow) / 2;
        double size = Math.abs(difference);
        return half > 0 ? size / half : size > 0 ? Double.POSITIVE_INFINITY : 0;
    }
}
