package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.model.OuraData;

/**
 * Every {@link DayMetric} on every day of the data, computed once ({@link #of}) into arrays indexed by day:
 * a metric or range switch afterwards only reads them. The span runs from the data's first to its last day
 * ({@link OuraData#days()}). Immutable and safe to share between threads; build it off the FX thread.
 */
public final class DayMetrics {
    public static final DayMetrics EMPTY = new DayMetrics(LocalDate.EPOCH, 0, new EnumMap<>(DayMetric.class));

    private final LocalDate first;
    private final int size;
    private final Map<DayMetric, DailySeries> series;

    private DayMetrics(LocalDate first, int size, Map<DayMetric, double[]> values) {
        this.first = first;
        this.size = size;
        Map<DayMetric, DailySeries> s = new EnumMap<>(DayMetric.class);
        for (DayMetric m : DayMetric.values()) {
            double[] v = values.get(m);
            s.put(m, new DailySeries(m, first, v != null ? v : new double[0]));
        }
        series = s;
    }

    /** Computes all the metrics of all the days of {@code data}: one pass over the days. */
    public static DayMetrics of(OuraData data) {
        if (data.days().isEmpty()) {
            return EMPTY;
        }
        LocalDate first = data.days().first();
        int size = (int) (data.days().last().toEpochDay() - first.toEpochDay()) + 1;
        DayMetric[] metrics = DayMetric.values();
        Map<DayMetric, double[]> values = new EnumMap<>(DayMetric.class);
        for (DayMetric m : metrics) {
            double[] v = new double[size];
            Arrays.fill(v, Double.NaN);
            values.put(m, v);
        }
        for (LocalDate day : data.days()) {
            int i = (int) (day.toEpochDay() - first.toEpochDay());
            DayRecords records = DayRecords.of(data, day);
            for (DayMetric m : metrics) {
                values.get(m)[i] = m.of(records);
            }
        }
        return new DayMetrics(first, size, values);
    }

    /** The values of {@code metric} over the whole span. */
    public DailySeries series(DayMetric metric) {
        return series.get(metric);
    }

    /** The first day of the span; meaningless when {@link #isEmpty()}. */
    public LocalDate firstDay() {
        return first;
    }

    /** The last day of the span; meaningless when {@link #isEmpty()}. */
    public LocalDate lastDay() {
        return first.plusDays(size - 1L);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The metrics that have a value on at least one day, in the list's order. */
    public List<DayMetric> available() {
        return Arrays.stream(DayMetric.values()).filter(m -> series.get(m).count() > 0).toList();
    }
}
