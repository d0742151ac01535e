package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.LegendFlow;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.chart.Text;
import org.ouraviewer.metrics.day.ActivityClass;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;

/**
 * The day chart's marks and legends: workouts, sessions and tags in rows of their lane (a band over their time,
 * a tag a thin mark at its moment), named where the name fits before the next one; and after each lane's title a
 * legend of its colours, so no colour has to be guessed. Boxes carry their {@link DayPalette#colour} key.
 */
public final class DayMarks {
    private static final int ROWS = 3;
    private final List<Box> events = new ArrayList<>();
    private final List<Box> restModeBands = new ArrayList<>();
    private final List<Text> eventLabels = new ArrayList<>();
    private final List<Box> swatches = new ArrayList<>();
    private final List<Text> legend = new ArrayList<>();

    DayMarks(DaySeries s, DoubleUnaryOperator xOf, List<Lane> lanes, PlotArea plot, double from, double to,
             double f) {
        for (Lane lane : lanes) {
            legend(lane, entries(lane.id(), s), plot, f);
            if (lane.id().equals(DayLayout.EVENTS)) {
                double row = lane.height() / ROWS;
                spans(s.workouts(), DayPalette.WORKOUT, lane.top(), row, xOf, plot, from, to, f);
                spans(s.sessions(), DayPalette.SESSION, lane.top() + row, row, xOf, plot, from, to, f);
                spans(s.tags(), DayPalette.TAG, lane.top() + 2 * row, row, xOf, plot, from, to, f);
            }
        }
        restModeBands(s.restMode(), xOf, lanes, plot, from, to);
    }

    /** A band per rest mode period and lane, over the lanes and not the titles between them; a moment 3 px wide. */
    private void restModeBands(List<DaySeries.Span> spans, DoubleUnaryOperator xOf, List<Lane> lanes, PlotArea plot,
                               double from, double to) {
        for (DaySeries.Span sp : spans) {
            if (sp.end() < from || sp.start() > to) {
                continue;
            }
            double x0 = Math.max(plot.left(), xOf.applyAsDouble(sp.start()));
            double x1 = Math.min(plot.right(), xOf.applyAsDouble(sp.end()));
            if (x1 - x0 < 3) {
                x0 = Math.min(x0, plot.right() - 3);
                x1 = x0 + 3;
            }
            for (Lane lane : lanes) {
                restModeBands.add(new Box(x0, lane.top(), x1 - x0, lane.height(), DayPalette.REST_MODE));
            }
        }
    }

    /** The exported picture's title and what it shows. */
    static List<Text> header(DaySeries s, double f) {
        return HeaderText.titled("Day of " + HeaderText.longDate(s.day().day()) + "  (" + s.day().day() + ")",
                "Oura's activity day, " + Durations.clock(s.day().window().start()) + " to "
                        + Durations.clock(s.day().window().end()) + " on the clock of UTC"
                        + CellText.offset(s.day().window().start())
                        + " · the nights before and after at its edges", f);
    }

    private record Entry(int key, String label) {
    }

    private static List<Entry> entries(String lane, DaySeries s) {
        List<Entry> out = new ArrayList<>();
        switch (lane) {
            case DayLayout.SLEEP -> {
                for (int level = SleepPhase.AWAKE; level >= SleepPhase.DEEP; level--) {
                    out.add(new Entry(DayPalette.PHASE + level, SleepPhase.label(level)));
                }
            }
            case DayLayout.CLASSES -> {
                for (ActivityClass c : ActivityClass.values()) {
                    out.add(new Entry(DayPalette.CLASS + c.ordinal(), DayNumbers.label(c)));
                }
            }
            case DayLayout.HEART_RATE -> {
                Set<HeartRateSource> present = EnumSet.noneOf(HeartRateSource.class);
                for (HeartRateSource h : s.heartRate().sources()) {
                    present.add(h);
                }
                for (HeartRateSource h : present) {
                    out.add(new Entry(DayPalette.HEART_RATE + h.ordinal(), EventSpans.words(h.code())));
                }
            }
            case DayLayout.STRESS -> {
                out.add(new Entry(DayPalette.STRESS, "Stress"));
                out.add(new Entry(DayPalette.RECOVERY, "Recovery"));
            }
            case DayLayout.EVENTS -> {
                out.add(new Entry(DayPalette.WORKOUT, "Workout"));
                out.add(new Entry(DayPalette.SESSION, "Session"));
                out.add(new Entry(DayPalette.TAG, "Tag"));
                if (!s.restMode().isEmpty()) {
                    out.add(new Entry(DayPalette.REST_MODE, "Rest mode"));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** The entries on the title's line after it, as many as fit before the plot's right edge. */
    private void legend(Lane lane, List<Entry> entries, PlotArea plot, double f) {
        double size = f * 0.8;
        double baseline = lane.top() - f * 0.45;
        double x = plot.left() + lane.title().length() * f * 0.62 + f * 1.2;
        for (Entry e : entries) {
            double width = f * 0.95 + LegendFlow.textWidth(e.label(), size);
            if (x + width > plot.right()) {
                return;
            }
            swatches.add(new Box(x, baseline - f * 0.68, f * 0.7, f * 0.7, e.key()));
            legend.add(new Text(e.label(), x + f * 0.95, baseline, size, false, true, Painter.Anchor.START));
            x += width + f * 0.8;
        }
    }

    private void spans(List<DaySeries.Span> spans, int key, double top, double row, DoubleUnaryOperator xOf,
                       PlotArea plot, double from, double to, double f) {
        double size = f * 0.78;
        for (int i = 0; i < spans.size(); i++) {
            DaySeries.Span sp = spans.get(i);
            if (sp.end() < from || sp.start() > to) {
                continue;
            }
            double x0 = xOf.applyAsDouble(sp.start());
            double width = Math.max(2, xOf.applyAsDouble(sp.end()) - x0);
            events.add(new Box(x0, top + row * 0.12, width, row * 0.76, key));
            double textX = Math.max(x0 + (width > f ? f * 0.3 : width + f * 0.25), plot.left() + f * 0.3);
            double next = i + 1 < spans.size() ? xOf.applyAsDouble(spans.get(i + 1).start()) : plot.right();
            if (textX + LegendFlow.textWidth(sp.label(), size) < Math.min(next, plot.right()) - f * 0.2) {
                eventLabels.add(new Text(sp.label(), textX, top + row * 0.5 + size * 0.36, size, false, false,
                        Painter.Anchor.START));
            }
        }
    }

    /** Workouts, sessions and tags (keys {@link DayPalette#WORKOUT}, {@link DayPalette#SESSION}, {@link DayPalette#TAG}). */
    public List<Box> events() {
        return events;
    }

    /** The rest mode periods, a see-through box per lane (key {@link DayPalette#REST_MODE}), under everything. */
    public List<Box> restModeBands() {
        return restModeBands;
    }

    public List<Text> eventLabels() {
        return eventLabels;
    }

    /** The legends' colour squares, keyed. */
    public List<Box> swatches() {
        return swatches;
    }

    public List<Text> legend() {
        return legend;
    }
}
