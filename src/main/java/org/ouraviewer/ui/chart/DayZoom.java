package org.ouraviewer.ui.chart;

import java.time.LocalDate;
import org.ouraviewer.chart.DayRange;

/**
 * The zoom commands of a day-axis chart, carried out on its {@link DayRangeControl}: what
 * {@link ZoomGestures} and the + and − keys ask for, in days since the epoch with a fraction (the axis
 * value of a day chart), turned into whole-day custom ranges of at least {@link #MIN_DAYS} days within the
 * data. Panning keeps the fraction of a day the pointer moved, so slow drags still move. FX thread only.
 */
public final class DayZoom implements ZoomCommands {
    public static final int MIN_DAYS = 7;

    private final DayRangeControl range;
    private double panRemainder;
    /** The zoom asked for that has not yet added up to a whole day (a touchpad scrolls in tiny steps). */
    private double pendingFactor = 1;

    public DayZoom(DayRangeControl range) {
        this.range = range;
    }

    /** Shows the days from {@code a} to {@code b} (epoch days with fractions; either order), at least a week. */
    @Override
    public void zoomTo(double a, double b) {
        long from = (long) Math.floor(Math.min(a, b));
        long to = (long) Math.ceil(Math.max(a, b)) - 1;
        if (to - from + 1 < MIN_DAYS) {
            from = Math.round((a + b) / 2) - MIN_DAYS / 2;
            to = from + MIN_DAYS - 1;
        }
        range.show(new DayRange(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)));
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) keeping the day at {@code anchor} where it is. Steps too small
     * to change the range by a day add up until they do.
     */
    @Override
    public void zoomAround(double anchor, double factor) {
        DayRange r = range.rangeProperty().get();
        if (r != null) {
            pendingFactor *= factor;
            double from = r.from().toEpochDay();
            double to = r.to().toEpochDay() + 1.0;
            zoomTo(anchor - (anchor - from) * pendingFactor, anchor + (to - anchor) * pendingFactor);
            if (!r.equals(range.rangeProperty().get()) || pendingFactor > 8 || pendingFactor < 0.125) {
                pendingFactor = 1;
            }
        }
    }

    /** Zooms by {@code factor} around the middle of the range. */
    @Override
    public void zoomAroundCentre(double factor) {
        DayRange r = range.rangeProperty().get();
        if (r != null) {
            zoomAround((r.from().toEpochDay() + r.to().toEpochDay() + 1.0) / 2, factor);
        }
    }

    /** Moves the range by {@code days} (positive: later), keeping its length. */
    @Override
    public void pan(double days) {
        DayRange r = range.rangeProperty().get();
        panRemainder += days;
        long whole = (long) panRemainder;
        if (whole != 0 && r != null && range.bounds() != null) {
            panRemainder -= whole;
            range.show(DayRange.within(range.bounds(), r.from().plusDays(whole), r.days()));
        }
    }

    /** Moves the range, keeping its length, just far enough that it holds {@code day}. */
    public void reveal(LocalDate day) {
        DayRange r = range.rangeProperty().get();
        if (r != null && range.bounds() != null && !r.contains(day)) {
            range.show(DayRange.within(range.bounds(), day.isBefore(r.from()) ? day : day.minusDays(r.days() - 1L),
                    r.days()));
        }
    }

    /** Back to the last preset chosen. */
    @Override
    public void resetZoom() {
        range.reset();
    }
}
