package org.ouraviewer.chart.day;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouraviewer.chart.Box;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.NightLayout;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.SeriesShapes;
import org.ouraviewer.chart.SummaryText;
import org.ouraviewer.chart.Text;
import org.ouraviewer.chart.TimeTicks;
import org.ouraviewer.chart.ValueScale;

/**
 * Where everything of the day chart goes for one size and one time window: lanes on one time axis in the
 * window's clock (the nights at the edges as a thin hypnogram, the activity classes, MET, heart rate by source,
 * the Hub's daytime stress and skin temperature when the day has them, workouts, sessions and tags), their
 * scales, legends and ticks, computed once so that painting only draws. Immutable; zooming makes a new one. The
 * options are the night chart's ({@link NightLayout.Options}): exports add a header and the numbers.
 */
public final class DayLayout {
    public static final String SLEEP = "sleep";
    public static final String CLASSES = "activity-class";
    public static final String MET = "met";
    public static final String HEART_RATE = "heart-rate";
    public static final String STRESS = "daytime-stress";
    public static final String SKIN = "skin-temperature";
    public static final String EVENTS = "events";
    /** Points further apart than this are not joined: heart rate comes every 5 minutes at the most sparse. */
    static final double HEART_RATE_GAP = 600;
    static final double HUB_GAP = 1800;

    private final DaySeries series;
    private final NightLayout.Options options;
    private final double viewStart;
    private final double viewEnd;
    private final PlotArea plot;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Box> sleepBlocks = new ArrayList<>();
    private final List<Box> classBlocks = new ArrayList<>();
    private final ValueScale metScale;
    private final SeriesShapes metShapes;
    private final ValueScale heartRateScale;
    private final Map<String, PointShapes.Drawn> points = new HashMap<>();
    private final SeriesShapes sessionHeartRate;
    private final ValueScale stressScale;
    private final ValueScale skinScale;
    private final DayMarks marks;
    private final List<Text> timeLabels = new ArrayList<>();
    private final List<Double> gridXs = new ArrayList<>();
    private final List<Text> header;
    private final List<Text> summary;

    /** Lays out {@code series} between {@code viewStart} and {@code viewEnd} (epoch seconds). */
    public DayLayout(DaySeries series, List<NightNumbers.Section> numbers, NightLayout.Options options,
                     double viewStart, double viewEnd) {
        this.series = series;
        this.options = options;
        this.viewStart = viewStart;
        this.viewEnd = Math.max(viewEnd, viewStart + 60);
        double f = options.fontSize();
        double summaryWidth = options.summary() ? Math.min(f * 21, options.width() * 0.3) : 0;
        double left = f * 6.2;
        double right = Math.max(left + 50, options.width() - summaryWidth - f * 1.5);
        double top = options.header() ? f * 5.2 : f * 0.4;
        double axisY = options.height() - f * 2.2;
        header = options.header() ? DayMarks.header(series, f) : List.of();
        summary = options.summary() && numbers != null ? SummaryText.lines(numbers, options.width() - summaryWidth
                + f * 0.5, options.width() - f * 0.8, top, options.height() - f, f) : List.of();

        boolean stress = series.hasStress();
        boolean skin = series.skinTemperature().size() > 0;
        DayLaneStack stack = DayLaneStack.of(series, f, top, axisY);
        plot = new PlotArea(left, stack.top(), right, stack.bottom());
        double[] met = DayScales.range(series.met());
        double[] hr = DayScales.range(series.heartRate(), series.sessionHeartRate());
        double[] stressRange = DayScales.range(series.stress(), series.recovery());
        double[] skinRange = DayScales.range(series.skinTemperature());
        metScale = DayScales.met(met, stack.span(MET)[0], stack.span(MET)[1], f);
        heartRateScale = ValueScale.heartRate(hr, stack.span(HEART_RATE)[0], stack.span(HEART_RATE)[1], f);
        stressScale = stress ? DayScales.nice(stressRange, stack.span(STRESS), f, 10, true) : null;
        skinScale = skin ? DayScales.nice(skinRange, stack.span(SKIN), f, 1, false) : null;
        for (String id : stack.ids()) {
            lanes.add(lane(id, stack.span(id)));
        }
        marks = new DayMarks(series, this::xOf, lanes, plot, viewStart, this.viewEnd, f);
        DayScales.blocks(series.classes(), DayPalette.CLASS, this::xOf, lane(CLASSES), viewStart, this.viewEnd,
                classBlocks);
        for (DaySeries.Night n : series.nights()) {
            DayScales.night(n, this::xOf, lane(SLEEP), viewStart, this.viewEnd, sleepBlocks);
        }
        metShapes = SeriesShapes.of(series.met(), this::xOf, metScale, viewStart, this.viewEnd);
        sessionHeartRate = SeriesShapes.of(series.sessionHeartRate(), this::xOf, heartRateScale, viewStart,
                this.viewEnd);
        double dot = Math.max(3, f / 3.5);
        points.put(HEART_RATE, PointShapes.of(List.of(series.heartRate()), this::xOf, heartRateScale, viewStart,
                this.viewEnd, HEART_RATE_GAP, new int[] {0}, dot));
        if (stress) {
            points.put(STRESS, PointShapes.of(List.of(series.stress(), series.recovery()), this::xOf, stressScale,
                    viewStart, this.viewEnd, HUB_GAP, new int[] {DayPalette.STRESS, DayPalette.RECOVERY}, dot));
        }
        if (skin) {
            points.put(SKIN, PointShapes.of(List.of(series.skinTemperature()), this::xOf, skinScale, viewStart,
                    this.viewEnd, HUB_GAP, new int[] {DayPalette.SKIN_TEMPERATURE}, dot));
        }
        TimeTicks.layOutAxis(series.timeline(), viewStart, this.viewEnd, left, right, this::xOf, axisY, f, gridXs,
                timeLabels);
    }

    private Lane lane(String id, double[] span) {
        double f = options.fontSize();
        double x = plot.left() - f * 0.5;
        return switch (id) {
            case SLEEP -> new Lane(id, "Sleep", span[0], span[1], List.of(),
                    series.nights().isEmpty() ? "No sleep in the window" : null);
            case CLASSES -> new Lane(id, "Activity class", span[0], span[1], List.of(),
                    series.classes().isEmpty() ? "No activity classes recorded" : null);
            case MET -> new Lane(id, "MET", span[0], span[1], DayScales.ticks(metScale, x, f),
                    series.met().isEmpty() ? "No MET recorded" : null);
            case HEART_RATE -> new Lane(id, "Heart rate (bpm)", span[0], span[1], DayScales.ticks(heartRateScale, x, f),
                    series.heartRate().size() == 0 && series.sessionHeartRate().isEmpty() ? "No heart-rate samples"
                            : null);
            case STRESS -> new Lane(id, "Daytime stress and recovery", span[0], span[1],
                    DayScales.ticks(stressScale, x, f), null);
            case SKIN -> new Lane(id, "Skin temperature (°C)", span[0], span[1], DayScales.ticks(skinScale, x, f), null);
            default -> new Lane(id, "Workouts, sessions, tags", span[0], span[1], List.of(),
                    series.workouts().isEmpty() && series.sessions().isEmpty() && series.tags().isEmpty()
                            ? "No workouts, sessions or timed tags" : null);
        };
    }

    /** The x of an instant (epoch seconds). */
    public double xOf(double epochSecond) {
        return plot.left() + (epochSecond - viewStart) / (viewEnd - viewStart) * plot.width();
    }

    /** The instant (epoch seconds) at {@code x}. */
    public double timeAt(double x) {
        return viewStart + (x - plot.left()) / plot.width() * (viewEnd - viewStart);
    }

    /** The first moment shown, epoch seconds. */
    public double viewStart() {
        return viewStart;
    }

    /** The last moment shown, epoch seconds. */
    public double viewEnd() {
        return viewEnd;
    }

    public DaySeries series() {
        return series;
    }

    public NightLayout.Options options() {
        return options;
    }

    public PlotArea plot() {
        return plot;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The lane {@code id}; null when the day has none (stress and skin temperature come only from the Hub). */
    public Lane lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** The scale of the lane {@code id}; null for a lane without values (sleep, classes, events) or absent. */
    public ValueScale scale(String id) {
        return switch (id) {
            case MET -> metScale;
            case HEART_RATE -> heartRateScale;
            case STRESS -> stressScale;
            case SKIN -> skinScale;
            default -> null;
        };
    }

    /** The nights' phases (key {@link DayPalette#PHASE} + level) and their periods without phases. */
    public List<Box> sleepBlocks() {
        return sleepBlocks;
    }

    /** A block per class run, key {@link DayPalette#CLASS} + the class's ordinal. */
    public List<Box> classBlocks() {
        return classBlocks;
    }

    public SeriesShapes metShapes() {
        return metShapes;
    }

    /** The sessions' own heart rate (from the session record), on the heart-rate scale. */
    public SeriesShapes sessionHeartRate() {
        return sessionHeartRate;
    }

    /** The timed points of the lane {@code id} (heart rate by source, daytime stress and recovery, skin temperature). */
    PointShapes.Drawn points(String id) {
        return points.getOrDefault(id, PointShapes.Drawn.NONE);
    }

    public DayMarks marks() {
        return marks;
    }

    public List<Text> timeLabels() {
        return timeLabels;
    }

    public List<Double> gridXs() {
        return gridXs;
    }

    public List<Text> header() {
        return header;
    }

    public List<Text> summary() {
        return summary;
    }
}
