package org.ouraviewer.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of the night chart goes for one size and one time window: lanes, scales, ticks and the
 * shapes of every series, computed once so that painting only draws. Immutable; zooming makes a new one.
 */
public final class NightLayout {
    /**
     * @param fontSize base text size in pixels
     * @param header   the date and the period above the lanes (exports; the tab has its own toolbar)
     * @param summary  the night's numbers to the right of the lanes (exports; the tab has its own panel)
     */
    public record Options(double width, double height, double fontSize, boolean header, boolean summary) {
        /** The options of an exported picture of this size: header and numbers, text sized to it. */
        public static Options export(double width, double height) {
            double font = Math.max(11, Math.min(22, Math.min(width / 120, height / 66)));
            return new Options(width, height, font, true, true);
        }

        /** The options of the tab's chart: lanes only. */
        public static Options screen(double width, double height) {
            return new Options(width, height, 12, false, false);
        }
    }

    public static final String PHASES = "sleep-phases";
    public static final String HEART_RATE = "heart-rate";
    public static final String HRV = "hrv";
    public static final String MOVEMENT = "movement";

    private final NightSeries series;
    private final Options options;
    private final double viewStart;
    private final double viewEnd;
    private final double plotLeft;
    private final double plotRight;
    private final PlotArea plot;
    private final List<Lane> lanes = new ArrayList<>();
    private final ValueScale heartRateScale;
    private final ValueScale hrvScale;
    private final List<Box> phaseBlocks = new ArrayList<>();
    private final List<Polyline> phaseSteps = new ArrayList<>();
    private final List<Box> movementBars = new ArrayList<>();
    private final SeriesShapes heartRateShapes;
    private final SeriesShapes hrvShapes;
    private final List<Box> periodBands = new ArrayList<>();
    private final List<Text> periodLabels = new ArrayList<>();
    private final List<Text> timeLabels = new ArrayList<>();
    private final List<Double> gridXs = new ArrayList<>();
    private final List<Text> header;
    private final List<Text> summary;
    private final double axisY;

    /**
     * Lays out {@code series} between {@code viewStart} and {@code viewEnd} (epoch seconds; the window
     * shown). {@code numbers} is needed only with {@link Options#summary()}.
     */
    public NightLayout(NightSeries series, NightNumbers numbers, Options options, double viewStart, double viewEnd) {
        this.series = series;
        this.options = options;
        this.viewStart = viewStart;
        this.viewEnd = Math.max(viewEnd, viewStart + 60);
        double f = options.fontSize();
        double summaryWidth = options.summary() ? Math.min(f * 21, options.width() * 0.35) : 0;
        plotLeft = f * 6.2;
        plotRight = Math.max(plotLeft + 50, options.width() - summaryWidth - f * 1.5);
        double top = options.header() ? f * 5.2 : f * 0.4;
        axisY = options.height() - f * 2.2;
        header = options.header() ? HeaderText.lines(series, f, plotLeft, options.width() - f) : List.of();
        summary = options.summary() && numbers != null
                ? SummaryText.lines(numbers, options.width() - summaryWidth + f * 0.5, options.width() - f * 0.8,
                top, options.height() - f, f) : List.of();

        double[][] spans = new LaneStack(f * 1.6, f * 0.6, f * 2).place(top, axisY,
                new double[] {0.34, 0.25, 0.25, 0.16}, new double[4], 0);
        double[] hr = ValueScale.range(series.heartRate());
        double[] hv = ValueScale.range(series.hrv());
        heartRateScale = ValueScale.heartRate(hr, spans[1][0], spans[1][1], f);
        hrvScale = ValueScale.hrv(hv, spans[2][0], spans[2][1], f);
        lanes.add(new Lane(PHASES, "Sleep phases", spans[0][0], spans[0][1], phaseTicks(spans[0][0], spans[0][1]),
                series.phases().isEmpty() ? "No sleep phases recorded" : null));
        lanes.add(new Lane(HEART_RATE, "Heart rate (bpm)", spans[1][0], spans[1][1], valueTicks(heartRateScale),
                hr == null ? "No heart-rate samples" : null));
        lanes.add(new Lane(HRV, "HRV (ms)", spans[2][0], spans[2][1], valueTicks(hrvScale),
                hv == null ? "No HRV samples" : null));
        lanes.add(new Lane(MOVEMENT, "Movement", spans[3][0], spans[3][1], movementTicks(spans[3][0], spans[3][1]),
                series.movement().isEmpty() ? "No movement recorded" : null));
        plot = new PlotArea(plotLeft, spans[0][0], plotRight, spans[3][1]);

        RunShapes.phases(series.phases(), this::xOf, lanes.get(0), viewStart, this.viewEnd, phaseBlocks, phaseSteps);
        RunShapes.movement(series.movement(), this::xOf, lanes.get(3), viewStart, this.viewEnd, movementBars);
        heartRateShapes = SeriesShapes.of(series.heartRate(), this::xOf, heartRateScale, viewStart, this.viewEnd);
        hrvShapes = SeriesShapes.of(series.hrv(), this::xOf, hrvScale, viewStart, this.viewEnd);
        layOutPeriods();
        TimeTicks.layOutAxis(series.timeline(), viewStart, this.viewEnd, plotLeft, plotRight, this::xOf, axisY,
                options.fontSize(), gridXs, timeLabels);
    }

    private List<Text> valueTicks(ValueScale scale) {
        double f = options.fontSize();
        return scale.labels(v -> NightNumbers.number(v, ""), plotLeft - f * 0.5, f * 0.9, f * 0.35, Painter.Anchor.END);
    }

    private List<Text> phaseTicks(double top, double bottom) {
        List<Text> out = new ArrayList<>();
        for (int level = SleepPhase.DEEP; level <= SleepPhase.AWAKE; level++) {
            out.add(new Text(SleepPhase.label(level), plotLeft - options.fontSize() * 1.4,
                    phaseCentre(level, top, bottom) + options.fontSize() * 0.35, options.fontSize() * 0.9, false,
                    false, Painter.Anchor.END));
        }
        return out;
    }

    private List<Text> movementTicks(double top, double bottom) {
        double size = options.fontSize() * 0.9;
        double x = plotLeft - options.fontSize() * 0.5;
        return List.of(new Text("Active", x, top + size, size, false, true, Painter.Anchor.END),
                new Text("Still", x, bottom, size, false, true, Painter.Anchor.END));
    }

    /** Awake on top, then REM, light, and deep at the bottom. */
    static double phaseCentre(int level, double top, double bottom) {
        double row = (bottom - top) / 4;
        return top + (4 - level) * row + row / 2;
    }

    /** In whole-day views: each period's span, and its type above the lanes where there is room. */
    private void layOutPeriods() {
        if (series.periods().size() < 2) {
            return;
        }
        double f = options.fontSize();
        double titleEnd = plotLeft + lanes.get(0).title().length() * f * 0.62 + f;
        for (var p : series.periods()) {
            double x0 = xOf(p.start().toEpochSecond());
            double x1 = xOf(p.end().toEpochSecond());
            periodBands.add(new Box(x0, 0, x1 - x0, 0, 0));
            String label = p.type().label();
            double labelStart = Math.max(x0, titleEnd);
            if (Math.min(x1, plotRight) - labelStart > label.length() * f * 0.5 + f * 0.4) {
                periodLabels.add(new Text(label, labelStart + f * 0.2, lanes.get(0).top() - f * 0.45, f * 0.8, false,
                        true, Painter.Anchor.START));
            }
        }
    }

    /** The x of an instant (epoch seconds); linear in instants, so lengths are true across offset changes. */
    public double xOf(double epochSecond) {
        return plotLeft + (epochSecond - viewStart) / (viewEnd - viewStart) * (plotRight - plotLeft);
    }

    /** The instant (epoch seconds) at {@code x}. */
    public double timeAt(double x) {
        return viewStart + (x - plotLeft) / (plotRight - plotLeft) * (viewEnd - viewStart);
    }

    public NightSeries series() {
        return series;
    }

    public Options options() {
        return options;
    }

    public PlotArea plot() {
        return plot;
    }

    public double viewStart() {
        return viewStart;
    }

    public double viewEnd() {
        return viewEnd;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public Lane lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    public ValueScale heartRateScale() {
        return heartRateScale;
    }

    public ValueScale hrvScale() {
        return hrvScale;
    }

    public List<Box> phaseBlocks() {
        return phaseBlocks;
    }

    public List<Polyline> phaseSteps() {
        return phaseSteps;
    }

    public List<Box> movementBars() {
        return movementBars;
    }

    public SeriesShapes heartRateShapes() {
        return heartRateShapes;
    }

    public SeriesShapes hrvShapes() {
        return hrvShapes;
    }

    /** The x spans of the periods (whole-day views only); drawn across every lane. */
    public List<Box> periodBands() {
        return periodBands;
    }

    public List<Text> periodLabels() {
        return periodLabels;
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
