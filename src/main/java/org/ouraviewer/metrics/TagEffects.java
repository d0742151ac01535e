package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The tag effects of one metric (CLI.md, <i>tag-effects</i>). For each tag, "with" is the metric on each
 * tag day + lag (default 1: the night after, which Oura counts for the next day) that has a value; "without"
 * is the metric on every other day of the data that has a value. The difference of the means gets Welch's
 * 95 % interval. Tags with fewer than {@link #MIN_DAYS} days with are left out.
 *
 * <p>Time: one pass over the metric's days per tag; all metrics × all tags of six years take milliseconds.
 */
public final class TagEffects {
    public static final int DEFAULT_LAG = 1;
    public static final int MIN_DAYS = 2;
    public static final double CONFIDENCE = 0.95;

    private TagEffects() {
    }

    /** The effects of every tag with at least {@link #MIN_DAYS} days with a value, by tag name. */
    public static List<TagEffect> of(DailySeries series, TagDays tags, int lag) {
        List<TagEffect> out = new ArrayList<>();
        double[] with = new double[series.size()];
        double[] without = new double[series.size()];
        boolean[] tagged = new boolean[series.size()];
        for (Map.Entry<String, NavigableSet<LocalDate>> e : tags.byName().entrySet()) {
            TagEffect effect = effect(series, e.getKey(), e.getValue(), lag, with, without, tagged);
            if (effect != null) {
                out.add(effect);
            }
        }
        return out;
    }

    /** The effect of one tag with the given days; null when fewer than {@link #MIN_DAYS} days with have a value. */
    public static TagEffect of(DailySeries series, String tag, NavigableSet<LocalDate> days, int lag) {
        return effect(series, tag, days, lag, new double[series.size()], new double[series.size()],
                new boolean[series.size()]);
    }

    /** The scratch arrays are reused across tags; {@code tagged} is left all false again. */
    private static TagEffect effect(DailySeries series, String tag, NavigableSet<LocalDate> days, int lag,
                                    double[] with, double[] without, boolean[] tagged) {
        List<Integer> marked = new ArrayList<>();
        for (LocalDate day : days) {
            int i = series.index(day.plusDays(lag));
            if (i >= 0 && i < tagged.length && !tagged[i]) {
                tagged[i] = true;
                marked.add(i);
            }
        }
        int nWith = 0;
        int nWithout = 0;
        for (int i = 0; i < tagged.length; i++) {
            double v = series.value(i);
            if (!Double.isNaN(v)) {
                if (tagged[i]) {
                    with[nWith++] = v;
                } else {
                    without[nWithout++] = v;
                }
            }
        }
        for (int i : marked) {
            tagged[i] = false;
        }
        if (nWith < MIN_DAYS) {
            return null;
        }
        Welch.Sample a = Welch.Sample.of(with, nWith);
        Welch.Sample b = Welch.Sample.of(without, nWithout);
        Welch.Interval ci = Welch.interval(a, b, CONFIDENCE);
        return new TagEffect(tag, nWith, nWithout, a.mean(), b.mean(), a.mean() - b.mean(),
                ci == null ? Double.NaN : ci.low(), ci == null ? Double.NaN : ci.high());
    }
}
