package org.ouraviewer.model;

import java.util.List;
import java.util.Optional;

/**
 * The one definition of a day's main sleep (CLI.md, <i>Metrics</i>), used by the day metrics, the
 * calendar, the median night, the Night tab and the commands.
 *
 * <p>The main sleep is the day's longest {@code long_sleep} by time in bed. A day without a
 * {@code long_sleep} has <b>no</b> main sleep: a nap ({@code sleep}, {@code late_nap}) is never taken for
 * one, nor is a {@code rest}, {@code deleted} or {@code unknown} period, so the metrics of the main sleep
 * are absent on such a day and the median night leaves it out. (V1 nights of 3 h or more are read as
 * {@code long_sleep}, so V1 histories have main sleeps.)
 *
 * <p>A view of a day still has to open on some period; {@link #orLongestPeriod} says which, and is
 * for display only.
 */
public final class MainSleep {
    private MainSleep() {
    }

    /**
     * The longest {@code long_sleep} of {@code periods} (one day's) by {@link #timeInBedSeconds}; of two as
     * long, the first in the list (the earlier, as days list their periods by start). Empty without one.
     */
    public static Optional<SleepPeriod> of(List<SleepPeriod> periods) {
        return longest(periods, true);
    }

    /**
     * The period a view of the day opens on: the main sleep; on a day without one, its longest period that
     * counts as sleep (a nap), else its longest period of any type (rest, deleted). Empty only for a day
     * without periods. Never used for numbers: those come from {@link #of}.
     */
    public static Optional<SleepPeriod> orLongestPeriod(List<SleepPeriod> periods) {
        Optional<SleepPeriod> main = of(periods);
        if (main.isPresent()) {
            return main;
        }
        Optional<SleepPeriod> nap = longest(periods, false);
        if (nap.isPresent()) {
            return nap;
        }
        SleepPeriod best = null;
        for (SleepPeriod p : periods) {
            if (best == null || timeInBedSeconds(p) > timeInBedSeconds(best)) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The record's {@code time_in_bed}; where it is missing, the length from the instants. */
    public static long timeInBedSeconds(SleepPeriod p) {
        Integer recorded = p.durations() == null ? null : p.durations().timeInBed();
        return recorded != null ? recorded : p.length().getSeconds();
    }

    private static Optional<SleepPeriod> longest(List<SleepPeriod> periods, boolean longSleepOnly) {
        SleepPeriod best = null;
        long bestSeconds = Long.MIN_VALUE;
        for (SleepPeriod p : periods) {
            boolean candidate = longSleepOnly ? p.type() == SleepType.LONG_SLEEP : p.type().countsAsSleep();
            if (candidate) {
                long s = timeInBedSeconds(p);
                if (s > bestSeconds) {
                    best = p;
                    bestSeconds = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
