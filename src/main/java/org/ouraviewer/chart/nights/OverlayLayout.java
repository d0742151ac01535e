package org.ouraviewer.chart.nights;

import java.util.ArrayList;
import java.util.List;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.chart.Lane;
import org.ouraviewer.chart.LaneStack;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.Text;
import org.ouraviewer.model.SleepPeriod;

/**
 * Where everything of the median-night picture goes for one size: x is the time since each night's bedtime
 * start; lanes of heart rate and HRV (each set's median and 25–75 % band, the reference set beneath in grey,
 * a single night's own samples on top), the single night's hypnogram as a strip, and the phase shares of each
 * set stacked. Computed once per content and size; painting only draws ({@link OverlayRenderer}).
 */
public final class OverlayLayout {
    public record Options(double width, double height, double fontSize, boolean header) {
        public static Options export(double width, double height) {
            return new Options(width, height, Math.max(11, Math.min(20, Math.min(width / 120, height / 60))), true);
        }

        public static Options screen(double width, double height) {
            return new Options(width, height, 12, false);
        }
    }

    public static final String HEART_RATE = "heart-rate";
    public static final String HRV = "hrv";
    public static final String NIGHT = "night";
    public static final String PHASES = "phases";
    public static final String REFERENCE_PHASES = "reference-phases";

    private final Options options;
    private final double plotLeft;
    private final double plotRight;
    private final PlotArea plot;
    private final double spanSeconds;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Text> header;
    private final List<Text> timeLabels = new ArrayList<>();
    private final List<Double> gridXs = new ArrayList<>();
    private final OverlayContent content;
    private final Legend legend;
    private final double axisY;

    /**
     * @param primary   the set asked about
     * @param reference the set to compare with, or null
     * @param single    one night to lay over the medians, or null
     */
    public OverlayLayout(MedianSet primary, MedianSet reference, SleepPeriod single, Options options, String title) {
        this.options = options;
        double f = options.fontSize();
        plotLeft = f * 5.5;
        plotRight = Math.max(plotLeft + 50, options.width() - f * 1.8);
        header = options.header() ? HeaderText.titled(title, subtitle(primary, reference, single), f) : List.of();
        double top = options.header() ? HeaderText.belowTitled(f) : f * 0.4;
        List<Legend.Entry> entries = legendEntries(primary, reference, single);
        List<String> notes = List.of("Lines: medians · bands: the middle half (25–75 %) of the nights, left out "
                + "where fewer than 3 have a value", "Phases: share of all the set's nights, so the stack falls as"
                + " nights end", "x: hours since each night's bedtime start");
        double legendHeight = Legend.height(entries, notes, options.width() - 2 * f, f);
        axisY = options.height() - legendHeight - f * 2.4;
        spanSeconds = span(primary, reference, single);
        layOutLanes(top, reference != null, single != null, primary, reference);
        plot = new PlotArea(plotLeft, lanes.get(0).top(), plotRight, lanes.get(lanes.size() - 1).bottom());
        content = new OverlayContent(this, primary, reference, single);
        layOutTimeAxis();
        legend = new Legend(entries, notes, f * 0.8, axisY + f * 1.8, options.width() - f, f);
    }

    private static String subtitle(MedianSet primary, MedianSet reference, SleepPeriod single) {
        StringBuilder s = new StringBuilder(primary.described());
        if (reference != null) {
            s.append(" · compared with ").append(reference.described());
        }
        if (single != null) {
            s.append(" · the night of ").append(single.day()).append(" laid over them");
        }
        return s.append(" · aligned by bedtime start").toString();
    }

    private static List<Legend.Entry> legendEntries(MedianSet primary, MedianSet reference, SleepPeriod single) {
        List<Legend.Entry> out = new ArrayList<>();
        // the set asked about has its lanes' colours: heart rate's and HRV's marks side by side
        out.add(new Legend.Entry(Swatch.HEART_RATE, "", true));
        out.add(new Legend.Entry(Swatch.HRV, primary.described(), true));
        if (reference != null) {
            out.add(new Legend.Entry(Swatch.REFERENCE, reference.described(), true));
        }
        if (single != null) {
            out.add(new Legend.Entry(Swatch.SINGLE, "The night of " + single.day(), true));
        }
        out.add(new Legend.Entry(Swatch.DEEP, "Deep", false));
        out.add(new Legend.Entry(Swatch.LIGHT, "Light", false));
        out.add(new Legend.Entry(Swatch.REM, "REM", false));
        out.add(new Legend.Entry(Swatch.AWAKE, "Awake", false));
        return out;
    }

    /** To the longest night's end in whole hours, at least one. */
    private static double span(MedianSet primary, MedianSet reference, SleepPeriod single) {
        double seconds = primary.median().bins() * 300.0;
        if (reference != null) {
            seconds = Math.max(seconds, reference.median().bins() * 300.0);
        }
        if (single != null) {
            seconds = Math.max(seconds, single.length().getSeconds());
        }
        return Math.max(1, Math.ceil(seconds / 3600)) * 3600;
    }

    private void layOutLanes(double top, boolean withReference, boolean withNight, MedianSet primary,
                             MedianSet reference) {
        double f = options.fontSize();
        List<String> ids = new ArrayList<>(List.of(HEART_RATE, HRV));
        List<Double> weights = new ArrayList<>(withReference ? List.of(0.27, 0.27) : List.of(0.32, 0.32));
        if (withNight) {
            ids.add(NIGHT);
            weights.add(0.0);
        }
        ids.add(PHASES);
        weights.add(withReference ? 0.23 : 0.36);
        if (withReference) {
            ids.add(REFERENCE_PHASES);
            weights.add(0.23);
        }
        double[] fixed = new double[ids.size()];
        if (withNight) {
            fixed[ids.indexOf(NIGHT)] = f * 1.4; // the night's hypnogram: a strip
        }
        double[][] spans = new LaneStack(f * 1.6, f * 0.5, f * 2).place(top, axisY,
                weights.stream().mapToDouble(Double::doubleValue).toArray(), fixed, f * 2 * ids.size());
        for (int i = 0; i < ids.size(); i++) {
            lanes.add(new Lane(ids.get(i), title(ids.get(i), primary, reference), spans[i][0], spans[i][1], List.of(),
                    null));
        }
    }

    private static String title(String id, MedianSet primary, MedianSet reference) {
        return switch (id) {
            case HEART_RATE -> "Heart rate (bpm)";
            case HRV -> "HRV (ms)";
            case NIGHT -> "This night's phases";
            case PHASES -> "Sleep phases: " + primary.described();
            default -> "Sleep phases: " + reference.described();
        };
    }

    private void layOutTimeAxis() {
        double f = options.fontSize();
        double perHour = (plotRight - plotLeft) / (spanSeconds / 3600);
        int step = perHour >= f * 3.5 ? 1 : perHour * 2 >= f * 3.5 ? 2 : 3;
        for (int h = 0; h * 3600 <= spanSeconds; h++) {
            double x = xOf(h * 3600.0);
            gridXs.add(x);
            if (h % step == 0) {
                timeLabels.add(new Text(h + " h", x, axisY + f * 1.1, f * 0.9, false, true,
                        h == 0 ? Painter.Anchor.START : Painter.Anchor.MIDDLE));
            }
        }
    }

    /** Replaces a lane with the same lane carrying value labels (the content sets the scales). */
    void setTicks(String id, List<Text> ticks) {
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            if (l.id().equals(id)) {
                lanes.set(i, new Lane(l.id(), l.title(), l.top(), l.bottom(), ticks, null));
            }
        }
    }

    /** The x of a time in seconds since the night's onset. */
    public double xOf(double seconds) {
        return plotLeft + seconds / spanSeconds * (plotRight - plotLeft);
    }

    /** The seconds since onset at {@code x}. */
    public double secondsAt(double x) {
        return (x - plotLeft) / (plotRight - plotLeft) * spanSeconds;
    }

    public Lane lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    public Options options() {
        return options;
    }

    public PlotArea plot() {
        return plot;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public OverlayContent content() {
        return content;
    }

    public List<Text> header() {
        return header;
    }

    public List<Text> timeLabels() {
        return timeLabels;
    }

    public List<Double> gridXs() {
        return gridXs;
    }

    public Legend legend() {
        return legend;
    }
}
