package org.ouraviewer.chart.nights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.PhaseShares;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepPeriod;

/**
 * What the median night says at the time under the pointer: the 5-minute bin, and for each set its median
 * heart rate and HRV with their 25–75 % range and how many nights have a value there, and its phase shares;
 * the single night's own values.
 */
public final class OverlayReadout {
    private OverlayReadout() {
    }

    public static List<String> lines(MedianSet primary, MedianSet reference, SleepPeriod single, double seconds) {
        int bin = (int) Math.floor(seconds / MedianNight.BIN_SECONDS);
        List<String> out = new ArrayList<>();
        out.add(clock(bin * (long) MedianNight.BIN_SECONDS) + "–" + clock((bin + 1L) * MedianNight.BIN_SECONDS)
                + " after bedtime start");
        for (MedianSet set : new MedianSet[] {primary, reference}) {
            if (set == null) {
                continue;
            }
            MedianNight m = set.median();
            out.add(set.described() + ":");
            out.add("  heart rate " + stats(m.heartRate(), bin, "bpm") + " · HRV " + stats(m.hrv(), bin, "ms"));
            out.add("  " + phases(m, bin));
        }
        if (single != null) {
            out.add("The night of " + single.day() + ": heart rate " + sample(single, single.heartRate(), seconds)
                    + " · HRV " + sample(single, single.hrv(), seconds));
        }
        return out;
    }

    private static String stats(BinStats s, int bin, String unit) {
        if (bin < 0 || bin >= s.bins() || s.count(bin) == 0) {
            return "none";
        }
        if (Double.isNaN(s.median(bin))) {
            return "too few nights (" + s.count(bin) + ")";
        }
        return String.format(Locale.ROOT, "%.0f %s (%.0f–%.0f, %d nights)", s.median(bin), unit, s.p25(bin),
                s.p75(bin), s.count(bin));
    }

    private static String phases(MedianNight m, int bin) {
        PhaseShares p = m.phases();
        if (bin < 0 || bin >= p.bins() || p.nights(bin) == 0) {
            return "no night in bed";
        }
        return String.format(Locale.ROOT, "%d in bed: deep %.0f%%, light %.0f%%, REM %.0f%%, awake %.0f%%",
                p.nights(bin), 100 * p.share(PhaseShares.Phase.DEEP, bin), 100 * p.share(PhaseShares.Phase.LIGHT, bin),
                100 * p.share(PhaseShares.Phase.REM, bin), 100 * p.share(PhaseShares.Phase.AWAKE, bin));
    }

    /** The night's sample covering {@code seconds} after its onset, or a dash. */
    private static String sample(SleepPeriod night, SampleSeries s, double seconds) {
        if (s == null) {
            return "-";
        }
        double since = (night.start().toInstant().toEpochMilli() - s.start().toInstant().toEpochMilli()) / 1000.0;
        int i = (int) Math.floor((seconds + since) / s.intervalSeconds());
        return i < 0 || i >= s.size() || s.isGap(i) ? "-" : Long.toString(Math.round(s.value(i)));
    }

    /** "2:35". */
    private static String clock(long seconds) {
        long minutes = seconds / 60;
        return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
    }
}
