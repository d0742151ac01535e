package org.ouraviewer.ui.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.TrendChart;
import org.ouraviewer.chart.TrendCsv;
import org.ouraviewer.chart.TrendPicture;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.ui.chart.PictureExport;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Tasks;

/**
 * The state of the Trends tab, without any Node: the metrics chosen (one, or two on their own axes), the
 * rolling window, the period means, the range, the lag and the tag chosen, and what follows from them: the
 * chart to draw and the tag effects of the first metric. Each load is computed once in the background
 * ({@link TrendsData}); every choice afterwards only looks up, so the chart follows within a frame. FX
 * thread only.
 */
final class TrendsViewModel {
    private final AppModel app;
    private final Executor background;
    private final ReadOnlyObjectWrapper<TrendsData> data = new ReadOnlyObjectWrapper<>(this, "data", TrendsData.EMPTY);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ObjectProperty<DayMetric> metric = new SimpleObjectProperty<>(this, "metric", DayMetric.SLEEP_SCORE);
    private final ObjectProperty<DayMetric> second = new SimpleObjectProperty<>(this, "second");
    private final ObjectProperty<Integer> window = new SimpleObjectProperty<>(this, "window", 7);
    private final ObjectProperty<TrendChart.Periods> periods = new SimpleObjectProperty<>(this, "periods",
            TrendChart.Periods.NONE);
    private final ObjectProperty<Integer> lag = new SimpleObjectProperty<>(this, "lag", 1);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<DayRange> range = new SimpleObjectProperty<>(this, "range");
    private final ReadOnlyObjectWrapper<TrendChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<List<TagEffect>> effects = new ReadOnlyObjectWrapper<>(this, "effects",
            List.of());
    private int generation;

    TrendsViewModel(AppModel app, Executor background) {
        this.app = app;
        this.background = background;
        app.loadedProperty().addListener((o, was, now) -> compute());
        for (Observable o : List.of(metric, second, window, periods, lag, tag, range)) {
            o.addListener(x -> update());
        }
        compute();
    }

    /** Computes the new load's metrics, trends and effects in the background; a later load wins. */
    private void compute() {
        int mine = ++generation;
        var loaded = app.data();
        computing.set(true);
        Tasks.create(() -> TrendsData.of(loaded))
                .onSuccess(d -> {
                    if (mine == generation) {
                        show(d);
                    }
                })
                .andFinally(() -> computing.set(mine != generation))
                .runOnce(background);
    }

    private void show(TrendsData d) {
        List<DayMetric> available = d.available();
        if (!available.isEmpty() && !available.contains(metric.get())) {
            metric.set(available.get(0));
        }
        if (second.get() != null && !available.contains(second.get())) {
            second.set(null);
        }
        data.set(d);
        update();
    }

    /** Rebuilds the chart and the effects from the choices: lookups only. */
    private void update() {
        TrendsData d = data.get();
        DayMetric m = metric.get();
        effects.set(d.isEmpty() || m == null ? List.of() : d.effects(m, lag.get()));
        String chosen = tag.get();
        if (chosen != null && effects.get().stream().noneMatch(e -> e.tag().equals(chosen))) {
            tag.set(null); // comes back here through the listener
            return;
        }
        DayRange r = range.get();
        if (d.isEmpty() || m == null || r == null || d.trend(m, window.get()) == null) {
            chart.set(null);
            return;
        }
        List<TrendChart.Line> lines = new ArrayList<>();
        lines.add(new TrendChart.Line(d.trend(m, window.get()), d.baseline(m)));
        DayMetric s = second.get();
        if (s != null && s != m && d.trend(s, window.get()) != null) {
            lines.add(new TrendChart.Line(d.trend(s, window.get()), d.baseline(s)));
        }
        chart.set(new TrendChart(lines, r, periods.get(), d.markedDays(chosen, lag.get()),
                chosen == null ? null : chosen + ", " + lagWords(lag.get())));
    }

    /** How a lag reads: "the same day", "the night after", "2 nights after". */
    static String lagWords(int lag) {
        return lag == 0 ? "the same day" : lag == 1 ? "the night after" : lag + " nights after";
    }

    /** Opens {@code day} in the Night tab (a click on the chart, Enter on the keyboard's day). */
    void open(LocalDate day) {
        if (day != null) {
            app.openDay(day);
        }
    }

    /**
     * File ▸ Export… on the Trends tab: the chart as shown (metrics, range, means, marks, colours) with the tag
     * effects beside it, as PNG at 1×, 2× or 3× or SVG, or its series as CSV (computed over the range shown
     * when it is written).
     */
    Optional<Exportable.Export> export(int width, int height, ChartPalette palette) {
        TrendChart c = chart.get();
        if (c == null) {
            return Optional.empty();
        }
        DayRange r = c.range();
        List<String> names = c.lines().stream().map(l -> l.trend().metric().label()).toList();
        String ids = String.join("-", c.lines().stream().map(l -> l.trend().metric().id()).toList());
        String description = String.join(" and ", names) + ", " + r + " (" + r.days() + " days), as the Trends tab "
                + "shows it. The CSV has a row per day (value and " + c.lines().get(0).trend().window()
                + "-day mean) and per ISO week and month (mean and days).";
        TrendsData d = data.get();
        DayMetric m = metric.get();
        List<TagEffect> list = effects.get();
        TrendPicture.Effects beside = list.isEmpty() ? null : new TrendPicture.Effects("What tags go with: "
                + m.label().toLowerCase(java.util.Locale.ROOT) + ", " + lagWords(lag.get()), list, m,
                list.stream().map(TagEffect::tag).toList().indexOf(tag.get()), TagEffectsPanel.MEANING);
        return Optional.of(PictureExport.of("Export trends", description, "the trends of " + r,
                "trends-" + ids + "-" + r.from() + "-" + r.to(), new TrendPicture(c, palette, beside), width, height,
                out -> TrendCsv.write(c.lines().stream().map(l -> Trend.of(d.metrics().series(l.trend().metric()),
                        r.from(), r.to(), l.trend().window())).toList(), out)));
    }

    ReadOnlyObjectProperty<TrendsData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    ObjectProperty<DayMetric> metricProperty() {
        return metric;
    }

    /** What the second metric may be: any metric the data has but the first (none is always possible too). */
    List<DayMetric> secondMetrics() {
        DayMetric first = metric.get();
        return data.get().available().stream().filter(m -> m != first).toList();
    }

    /** The second metric on its own axis; null for none. */
    ObjectProperty<DayMetric> secondProperty() {
        return second;
    }

    /** The rolling mean's window in days, one of {@link TrendsData#WINDOWS}. */
    ObjectProperty<Integer> windowProperty() {
        return window;
    }

    ObjectProperty<TrendChart.Periods> periodsProperty() {
        return periods;
    }

    /** Which night after a tag counts, one of {@link TrendsData#LAGS}. */
    ObjectProperty<Integer> lagProperty() {
        return lag;
    }

    /** The tag whose days are marked on the chart; null for none. */
    ObjectProperty<String> tagProperty() {
        return tag;
    }

    /** The days shown; the view binds it to its range control. */
    ObjectProperty<DayRange> rangeProperty() {
        return range;
    }

    /** What the chart draws; null when there is nothing (no data, no range). */
    ReadOnlyObjectProperty<TrendChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The tag effects on the first metric at the lag chosen, strongest first. */
    ReadOnlyObjectProperty<List<TagEffect>> effectsProperty() {
        return effects.getReadOnlyProperty();
    }
}
