package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.chart.OffsetTimeline;
import org.ouraviewer.metrics.day.ActivityDay;
import org.ouraviewer.metrics.day.ClassRun;
import org.ouraviewer.metrics.day.DayHeartRate;
import org.ouraviewer.metrics.day.DayTimedValues;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.Session;
import org.ouraviewer.model.SleepPeriod;

/**
 * An activity day ready to lay out, in epoch seconds on the window's axis: the class runs, MET and the sessions'
 * own heart rate and HRV as regular series (gaps kept as NaN), heart rate and the Hub's series as timed points,
 * workouts, sessions and tags as spans, and the nights that overlap the window with their phases. Built once
 * when a day is shown (a few thousand rows), never for the whole data.
 */
public final class DaySeries {
    /** A workout, session or tag from {@code start} to {@code end} (a tag without an end: {@code end == start}). */
    public record Span(double start, double end, String label) {
        boolean covers(double t) {
            return t >= start && t < end;
        }
    }

    /** Irregular timed values in time order; {@code sources} (heart rate only, else null) says where each came from. */
    public record Points(double[] times, double[] values, HeartRateSource[] sources) {
        public int size() {
            return times.length;
        }

        /** The index of the latest point at or before {@code t} and at most {@code hold} seconds before; -1 if none. */
        public int at(double t, double hold) {
            int i = Arrays.binarySearch(times, t);
            i = i >= 0 ? i : -i - 2;
            while (i + 1 < times.length && times[i + 1] == t) {
                i++;
            }
            return i >= 0 && t - times[i] < hold ? i : -1;
        }
    }

    /** A sleep period overlapping the window and its phase runs: the night before, a nap, the night after. */
    public record Night(SleepPeriod period, List<NightSeries.Run> phases) {
    }

    /** A heart-rate row stands for {@value} s after it, as the awake rows come every 5 minutes. */
    public static final double HEART_RATE_HOLD = 300;
    /** A value of the Hub's daytime series stands for {@value} s after it. */
    public static final double HUB_HOLD = 900;

    private final ActivityDay day;
    private final double start;
    private final double end;
    private final OffsetTimeline timeline;
    private final List<NightSeries.Run> classes = new ArrayList<>();
    private final List<NightSeries.Samples> met = new ArrayList<>();
    private final Points heartRate;
    private final Points stress;
    private final Points recovery;
    private final Points skinTemperature;
    private final List<Span> workouts;
    private final List<Span> sessions;
    private final List<Span> tags;
    private final List<Span> restMode;
    private final List<NightSeries.Samples> sessionHeartRate = new ArrayList<>();
    private final List<NightSeries.Samples> sessionHrv = new ArrayList<>();
    private final List<Night> nights = new ArrayList<>();

    public DaySeries(ActivityDay day) {
        this.day = day;
        start = day.window().startSecond();
        end = day.window().endSecond();
        timeline = OffsetTimeline.constant(day.window().start().getOffset());
        for (ClassRun r : day.classRuns()) {
            classes.add(new NightSeries.Run(r.start().toEpochSecond(), r.end().toEpochSecond(),
                    r.activityClass().ordinal()));
        }
        if (day.met() != null) {
            addSamples(day.met().series(), met);
        }
        heartRate = heartRate(day.heartRate());
        stress = points(day.daytimeStress());
        recovery = points(day.daytimeRecovery());
        skinTemperature = points(day.skinTemperature());
        workouts = EventSpans.workouts(day);
        sessions = EventSpans.sessions(day);
        tags = EventSpans.tags(day);
        for (Session s : day.sessions()) {
            addSamples(s.heartRate(), sessionHeartRate);
            addSamples(s.hrv(), sessionHrv);
        }
        restMode = RestModeSpans.of(day);
        for (SleepPeriod p : day.sleep()) {
            nights.add(new Night(p, new NightSeries(p.day(), List.of(p)).phases()));
        }
    }

    private static void addSamples(SampleSeries s, List<NightSeries.Samples> out) {
        if (s != null && s.size() > 0) {
            out.add(new NightSeries.Samples(s.start().toEpochSecond() + s.start().getNano() / 1e9, s.intervalSeconds(),
                    s.toArray()));
        }
    }

    private static Points heartRate(DayHeartRate hr) {
        int n = hr.size();
        double[] t = new double[n];
        double[] v = new double[n];
        HeartRateSource[] s = new HeartRateSource[n];
        for (int i = 0; i < n; i++) {
            t[i] = hr.epochSecond(i);
            v[i] = hr.bpm(i);
            s[i] = hr.source(i);
        }
        return new Points(t, v, s);
    }

    private static Points points(DayTimedValues values) {
        int n = values.size();
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = values.epochSecond(i);
            v[i] = values.value(i);
        }
        return new Points(t, v, null);
    }

    public ActivityDay day() {
        return day;
    }

    /** The window's start, epoch seconds (04:00 on the wearer's clock). */
    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    /** The clock of the axis: the window's offset, as Oura counts the day on it. */
    public OffsetTimeline timeline() {
        return timeline;
    }

    /** The runs of {@code class_5_min}; a run's level is its {@link org.ouraviewer.metrics.day.ActivityClass}'s ordinal. */
    public List<NightSeries.Run> classes() {
        return classes;
    }

    public List<NightSeries.Samples> met() {
        return met;
    }

    public Points heartRate() {
        return heartRate;
    }

    public Points stress() {
        return stress;
    }

    public Points recovery() {
        return recovery;
    }

    public Points skinTemperature() {
        return skinTemperature;
    }

    /** Whether the Hub export gave any daytime stress, recovery or skin temperature for the day. */
    public boolean hasStress() {
        return stress.size() + recovery.size() > 0;
    }

    public List<Span> workouts() {
        return workouts;
    }

    public List<Span> sessions() {
        return sessions;
    }

    /** The timed tags; untimed ones are only in the day's numbers. */
    public List<Span> tags() {
        return tags;
    }

    /** The rest mode periods over the window: a moment has {@code end == start}. */
    public List<Span> restMode() {
        return restMode;
    }

    public List<NightSeries.Samples> sessionHeartRate() {
        return sessionHeartRate;
    }

    public List<NightSeries.Samples> sessionHrv() {
        return sessionHrv;
    }

    public List<Night> nights() {
        return nights;
    }
}
