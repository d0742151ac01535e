package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.PeriodMean;
import org.ouraviewer.metrics.Trend;

/**
 * The shapes of one metric on a trend chart: a dot per day with a value, the rolling mean as lines broken
 * where it has no value (a gap stays a gap: nothing is drawn across missing days), the week or month means
 * as steps (joined only where one period follows the other), and the baseline band.
 *
 * @param dotXs    the dots' centres, {@code dots} of them
 * @param band     the baseline's y at the 75 % and 25 % quartiles and at the median; null without a baseline
 */
public record TrendShapes(int index, TrendChart.Line line, ValueScale scale, double[] dotXs, double[] dotYs, int dots,
                          List<Polyline> rolling, List<Polyline> steps, double[] band) {

    /**
     * Lays out {@code line} over {@code range} with {@code x} giving a day's centre and {@code dayWidth} its width.
     */
    static TrendShapes of(int index, TrendChart.Line line, ValueScale scale, DayRange range,
                          ToDoubleFunction<LocalDate> x, double dayWidth, TrendChart.Periods periods) {
        Trend t = line.trend();
        int offset = (int) (range.from().toEpochDay() - t.from().toEpochDay());
        int days = range.days();
        double[] xs = new double[days];
        double[] ys = new double[days];
        int n = 0;
        List<Polyline> rolling = new ArrayList<>();
        double[] lx = new double[days];
        double[] ly = new double[days];
        int run = 0;
        double x0 = x.applyAsDouble(range.from());
        for (int d = 0; d < days; d++) {
            int i = offset + d;
            boolean inTrend = i >= 0 && i < t.size();
            double v = inTrend ? t.value(i) : Double.NaN;
            double r = inTrend ? t.rolling(i) : Double.NaN;
            double cx = x0 + d * dayWidth;
            if (!Double.isNaN(v)) {
                xs[n] = cx;
                ys[n++] = scale.y(v);
            }
            if (!Double.isNaN(r)) {
                lx[run] = cx;
                ly[run++] = scale.y(r);
            } else {
                run = flush(rolling, lx, ly, run);
            }
        }
        flush(rolling, lx, ly, run);
        Baseline b = line.baseline();
        double[] band = b.exists() ? new double[] {scale.y(b.p75()), scale.y(b.p25()), scale.y(b.median())} : null;
        return new TrendShapes(index, line, scale, xs, ys, n, rolling, steps(t, periods, range, x, dayWidth, scale),
                band);
    }

    /** The period means within {@code range}, a step from each period's first day's left edge to its last day's right edge. */
    private static List<Polyline> steps(Trend t, TrendChart.Periods periods, DayRange range,
                                                ToDoubleFunction<LocalDate> x, double dayWidth, ValueScale scale) {
        List<Polyline> out = new ArrayList<>();
        if (periods == TrendChart.Periods.NONE) {
            return out;
        }
        List<PeriodMean> means = periods == TrendChart.Periods.WEEKS ? t.weeks() : t.months();
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        LocalDate previousLast = null;
        for (PeriodMean p : means) {
            if (p.last().isBefore(range.from()) || p.first().isAfter(range.to())) {
                continue;
            }
            LocalDate first = p.first().isBefore(range.from()) ? range.from() : p.first();
            LocalDate last = p.last().isAfter(range.to()) ? range.to() : p.last();
            if (previousLast == null || !previousLast.plusDays(1).equals(first)) {
                addLine(out, px, py);
            }
            double y = scale.y(p.mean());
            px.add(x.applyAsDouble(first) - dayWidth / 2);
            py.add(y);
            px.add(x.applyAsDouble(last) + dayWidth / 2);
            py.add(y);
            previousLast = last;
        }
        addLine(out, px, py);
        return out;
    }

    private static void addLine(List<Polyline> out, List<Double> xs, List<Double> ys) {
        if (xs.size() >= 2) {
            out.add(new Polyline(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        xs.clear();
        ys.clear();
    }

    /** Ends a run of the rolling mean; a single day with a mean between two gaps is a short tick so it still shows. */
    private static int flush(List<Polyline> out, double[] xs, double[] ys, int run) {
        if (run == 1) {
            out.add(new Polyline(new double[] {xs[0] - 1.5, xs[0] + 1.5}, new double[] {ys[0], ys[0]}));
        } else if (run > 1) {
            out.add(new Polyline(java.util.Arrays.copyOf(xs, run), java.util.Arrays.copyOf(ys, run)));
        }
        return 0;
    }

    /** The values' extent within the range: daily values, rolling means, shown period means and the band. */
    static double[] extent(TrendChart.Line line, DayRange range, TrendChart.Periods periods) {
        Trend t = line.trend();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int offset = (int) (range.from().toEpochDay() - t.from().toEpochDay());
        for (int d = Math.max(0, -offset); d < range.days() && offset + d < t.size(); d++) {
            for (double v : new double[] {t.value(offset + d), t.rolling(offset + d)}) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return null;
        }
        List<PeriodMean> means = periods == TrendChart.Periods.WEEKS ? t.weeks()
                : periods == TrendChart.Periods.MONTHS ? t.months() : List.of();
        for (PeriodMean p : means) {
            if (!p.last().isBefore(range.from()) && !p.first().isAfter(range.to())) {
                min = Math.min(min, p.mean());
                max = Math.max(max, p.mean());
            }
        }
        Baseline b = line.baseline();
        if (b.exists()) {
            min = Math.min(min, b.p25());
            max = Math.max(max, b.p75());
        }
        return new double[] {min, max};
    }
}
