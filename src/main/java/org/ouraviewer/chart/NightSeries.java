package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.model.FloatDecimal;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepPeriod;

/**
 * The samples of the periods shown, in epoch seconds, ready to lay out: phases and movement as runs of one
 * level, heart rate and HRV as the series they are (gaps kept as NaN). Built once per selection.
 */
public final class NightSeries {
    /** {@code [start, end)} in epoch seconds at one level. */
    public record Run(double start, double end, int level) {
    }

    /**
     * A regular series: sample {@code i} covers {@code [start + i·interval, start + (i+1)·interval)}. The floats
     * are for drawing; {@link #valueAt} gives the number as written ({@link FloatDecimal}).
     */
    public record Samples(double start, double interval, float[] values) {
        public double time(int i) {
            return start + i * interval;
        }

        /** The sample covering {@code t} as the file wrote it, or NaN for a gap or outside the series. */
        public double valueAt(double t) {
            int i = (int) Math.floor((t - start) / interval);
            return i >= 0 && i < values.length ? FloatDecimal.toDouble(values[i]) : Double.NaN;
        }
    }

    private static final double PHASE_SECONDS = 300;
    private static final double MOVEMENT_SECONDS = 30;

    private final LocalDate day;
    private final List<SleepPeriod> periods;
    private final double start;
    private final double end;
    private final List<Run> phases = new ArrayList<>();
    private final List<Run> movement = new ArrayList<>();
    private final List<Samples> heartRate = new ArrayList<>();
    private final List<Samples> hrv = new ArrayList<>();
    private final OffsetTimeline timeline;

    /** The series of {@code periods} (at least one, in order of start) of {@code day}. */
    public NightSeries(LocalDate day, List<SleepPeriod> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("no sleep periods to show");
        }
        this.day = day;
        this.periods = List.copyOf(periods);
        double s = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        for (SleepPeriod p : periods) {
            double ps = p.start().toEpochSecond();
            double pe = p.end().toEpochSecond();
            s = Math.min(s, ps);
            e = Math.max(e, pe);
            runs(p.phases5Min(), ps, PHASE_SECONDS, pe, phases);
            runs(p.movement30Sec(), ps, MOVEMENT_SECONDS, pe, movement);
            addSamples(p.heartRate(), heartRate);
            addSamples(p.hrv(), hrv);
        }
        // whole-day selections are in start order already; sorting keeps the binary search right if not
        phases.sort(java.util.Comparator.comparingDouble(Run::start));
        movement.sort(java.util.Comparator.comparingDouble(Run::start));
        start = s;
        end = Math.max(e, s + 60);
        timeline = OffsetTimeline.of(periods);
    }

    /** Consecutive equal characters become one run; a run never passes the period's end. */
    private static void runs(String codes, double from, double step, double periodEnd, List<Run> out) {
        if (codes == null) {
            return;
        }
        int i = 0;
        while (i < codes.length()) {
            int level = SleepPhase.of(codes.charAt(i));
            int j = i + 1;
            while (j < codes.length() && SleepPhase.of(codes.charAt(j)) == level) {
                j++;
            }
            double rs = from + i * step;
            double re = Math.min(from + j * step, Math.max(periodEnd, rs + step));
            if (level != SleepPhase.NONE && re > rs) {
                out.add(new Run(rs, re, level));
            }
            i = j;
        }
    }

    private static void addSamples(SampleSeries series, List<Samples> out) {
        if (series != null && series.size() > 0) {
            out.add(new Samples(series.start().toEpochSecond() + series.start().getNano() / 1e9,
                    series.intervalSeconds(), series.toArray()));
        }
    }

    public LocalDate day() {
        return day;
    }

    public List<SleepPeriod> periods() {
        return periods;
    }

    /** The earliest start, epoch seconds. */
    public double start() {
        return start;
    }

    /** The latest end, epoch seconds. */
    public double end() {
        return end;
    }

    public List<Run> phases() {
        return phases;
    }

    public List<Run> movement() {
        return movement;
    }

    public List<Samples> heartRate() {
        return heartRate;
    }

    public List<Samples> hrv() {
        return hrv;
    }

    public OffsetTimeline timeline() {
        return timeline;
    }

    /** The level of the run covering {@code t}, or {@link SleepPhase#NONE}. */
    public static int levelAt(List<Run> runs, double t) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Run r = runs.get(mid);
            if (t < r.start()) {
                hi = mid - 1;
            } else if (t >= r.end()) {
                lo = mid + 1;
            } else {
                return r.level();
            }
        }
        return SleepPhase.NONE;
    }

    /** The sample covering {@code t} in any of the series, or NaN. */
    public static double valueAt(List<Samples> series, double t) {
        for (Samples s : series) {
            double v = s.valueAt(t);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    /** What the chart shows at {@code t}: the crosshair's readout and a CSV row. */
    public Reading readingAt(double t) {
        return new Reading(t, levelAt(phases, t), valueAt(heartRate, t), valueAt(hrv, t), levelAt(movement, t));
    }

    /** The values at one moment; NaN and {@link SleepPhase#NONE} where nothing was recorded. */
    public record Reading(double time, int phase, double heartRate, double hrv, int movement) {
    }
}
