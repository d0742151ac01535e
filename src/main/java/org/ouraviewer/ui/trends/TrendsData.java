package org.ouraviewer.ui.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.TagEffects;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.model.OuraData;

/**
 * Everything the Trends tab shows, computed once per load in the background ({@link #of}): every metric of
 * every day, its baseline, its trend over the whole span for each rolling window offered, and every tag's
 * effect on it for each lag offered, strongest first. Afterwards a metric, window, lag or range switch only
 * looks things up, which keeps it within a frame. Immutable; no JavaFX, so it is built off the FX thread.
 */
final class TrendsData {
    /** The rolling windows offered, in days. */
    static final List<Integer> WINDOWS = List.of(7, 14, 30);
    /** The lags offered: the same day, the night after (the default), two nights after. */
    static final List<Integer> LAGS = List.of(0, 1, 2);
    static final TrendsData EMPTY = new TrendsData(DayMetrics.EMPTY, null, List.of(), Map.of(), Map.of(), Map.of(),
            null);

    private final DayMetrics metrics;
    private final TagDays tags;
    private final List<DayMetric> available;
    private final Map<DayMetric, Baseline> baselines;
    private final Map<String, Trend> trends;
    private final Map<String, List<TagEffect>> effects;
    private final DayRange span;

    private TrendsData(DayMetrics metrics, TagDays tags, List<DayMetric> available, Map<DayMetric, Baseline> baselines,
                       Map<String, Trend> trends, Map<String, List<TagEffect>> effects, DayRange span) {
        this.metrics = metrics;
        this.tags = tags;
        this.available = available;
        this.baselines = baselines;
        this.trends = trends;
        this.effects = effects;
        this.span = span;
    }

    /** Computes it all; tens of milliseconds for six years (bench/README.md). */
    static TrendsData of(OuraData data) {
        DayMetrics metrics = DayMetrics.of(data);
        if (metrics.isEmpty()) {
            return EMPTY;
        }
        TagDays tags = TagDays.of(data);
        List<DayMetric> available = metrics.available();
        Map<DayMetric, Baseline> baselines = new EnumMap<>(DayMetric.class);
        Map<String, Trend> trends = new HashMap<>();
        Map<String, List<TagEffect>> effects = new HashMap<>();
        for (DayMetric m : available) {
            baselines.put(m, Baseline.of(metrics.series(m)));
            for (int w : WINDOWS) {
                trends.put(key(m, w), Trend.of(metrics.series(m), metrics.firstDay(), metrics.lastDay(), w));
            }
            for (int lag : LAGS) {
                List<TagEffect> list = new ArrayList<>(TagEffects.of(metrics.series(m), tags, lag));
                list.sort(TagEffect.STRONGEST_FIRST);
                effects.put(key(m, lag), List.copyOf(list));
            }
        }
        return new TrendsData(metrics, tags, available, baselines, trends, effects,
                new DayRange(metrics.firstDay(), metrics.lastDay()));
    }

    private static String key(DayMetric m, int n) {
        return m.id() + "/" + n;
    }

    /** The metrics with at least one value, in the list's order. */
    List<DayMetric> available() {
        return available;
    }

    /** The days of the data; null when nothing is loaded. */
    DayRange span() {
        return span;
    }

    boolean isEmpty() {
        return span == null;
    }

    DayMetrics metrics() {
        return metrics;
    }

    /** The trend of {@code m} over the whole span with a rolling mean of {@code window} days (one of {@link #WINDOWS}). */
    Trend trend(DayMetric m, int window) {
        return trends.get(key(m, window));
    }

    Baseline baseline(DayMetric m) {
        return baselines.getOrDefault(m, Baseline.NONE);
    }

    /** Every tag's effect on {@code m} at {@code lag} (one of {@link #LAGS}), strongest first. */
    List<TagEffect> effects(DayMetric m, int lag) {
        return effects.getOrDefault(key(m, lag), List.of());
    }

    /** The days whose value counts as "with" the tag at {@code lag}: the tag's days shifted by the lag. */
    java.util.NavigableSet<LocalDate> markedDays(String tag, int lag) {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
        if (tags != null && tag != null) {
            for (LocalDate d : tags.days(tag)) {
                out.add(d.plusDays(lag));
            }
        }
        return out;
    }
}
