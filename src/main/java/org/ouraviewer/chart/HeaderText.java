package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.Durations;

/**
 * The headers of exported pictures (a night's, a title and subtitle), and how a night's period reads (type,
 * recorded times, offset, length).
 */
public final class HeaderText {

    private HeaderText() {
    }

    /** A picture's title and, muted under it, what it shows (the Nights tab's pictures). */
    public static List<Text> titled(String title, String subtitle, double f) {
        return List.of(new Text(title, f * 0.8, f * 1.8, f * 1.3, true, false, Painter.Anchor.START),
                new Text(subtitle, f * 0.8, f * 3.3, f * 0.9, false, true, Painter.Anchor.START));
    }

    /** Where what comes under a {@link #titled} header starts. */
    public static double belowTitled(double f) {
        return f * 4.2;
    }

    static List<Text> lines(NightSeries series, double f, double left, double width) {
        List<Text> out = new ArrayList<>();
        out.add(new Text("Night of " + longDate(series.day()) + "  (" + series.day() + ")", left,
                f * 2.0, f * 1.5, true, false, Painter.Anchor.START));
        out.add(new Text(fitting(series.periods(), (width - left) / (f * 0.6)), left, f * 3.7, f, false,
                true, Painter.Anchor.START));
        return out;
    }

    /**
     * "Thursday 1 December 2022", in English like the rest of the app; from the enum names rather than a
     * localised formatter, whose locale data would cost a headless export a tenth of a second.
     */
    public static String longDate(LocalDate day) {
        return word(day.getDayOfWeek().name()) + " " + day.getDayOfMonth() + " " + word(day.getMonth().name()) + " "
                + day.getYear();
    }

    private static String word(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The periods in as much detail as fits {@code maxChars}: each in full, then types and times, then a count. */
    static String fitting(List<SleepPeriod> periods, double maxChars) {
        String full = periods(periods);
        if (full.length() <= maxChars) {
            return full;
        }
        List<String> parts = new ArrayList<>();
        for (SleepPeriod p : periods) {
            parts.add(p.type().label() + " " + Durations.clock(p.start()) + "–" + Durations.clock(p.end()));
        }
        String compact = String.join("  ·  ", parts);
        if (compact.length() <= maxChars) {
            return compact;
        }
        return periods.size() + " periods, " + Durations.clock(periods.get(0).start()) + " to "
                + Durations.clock(periods.get(periods.size() - 1).end());
    }

    /** "Long sleep 00:43–08:51 (UTC+00:00, 8:08)"; several periods joined by " · ". */
    public static String periods(List<SleepPeriod> periods) {
        List<String> parts = new ArrayList<>();
        for (SleepPeriod p : periods) {
            parts.add(describe(p));
        }
        return String.join("  ·  ", parts);
    }

    public static String describe(SleepPeriod p) {
        String offset = CellText.offset(p.start());
        String endOffset = CellText.offset(p.end());
        String zone = offset.equals(endOffset) ? "UTC" + offset : "UTC" + offset + " → " + endOffset;
        return p.type().label() + " " + Durations.clock(p.start()) + "–" + Durations.clock(p.end()) + " (" + zone
                + ", " + Durations.hm((int) p.length().getSeconds()) + ")";
    }
}
