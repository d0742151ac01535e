package org.ouraviewer.metrics.day;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ouraviewer.model.OuraData;

/**
 * Oura's activity day (CLI.md, <i>day</i>): 24 h from 04:00 on the wearer's clock. The clock is the offset of
 * the day's activity {@code timestamp}; without an activity record, that of the day's main sleep's
 * {@code bedtime_end}; else UTC. {@code end} = {@code start} + 24 h as an instant, written in the same offset.
 */
public record DayWindow(LocalDate day, OffsetDateTime start, OffsetDateTime end) {
    public static final LocalTime DAY_START = LocalTime.of(4, 0);
    public static final Duration LENGTH = Duration.ofHours(24);

    public static DayWindow of(OuraData data, LocalDate day) {
        ZoneOffset offset = data.dailyActivity(day).map(a -> a.start()).map(OffsetDateTime::getOffset)
                .or(() -> data.mainSleep(day).map(p -> p.end().getOffset()))
                .orElse(ZoneOffset.UTC);
        OffsetDateTime start = OffsetDateTime.of(day, DAY_START, offset);
        return new DayWindow(day, start, start.plus(LENGTH));
    }

    public long startSecond() {
        return start.toEpochSecond();
    }

    public long endSecond() {
        return end.toEpochSecond();
    }

    /** Whether {@code [from, to)} overlaps the window; a null {@code to} is a moment at {@code from}. */
    public boolean overlaps(OffsetDateTime from, OffsetDateTime to) {
        if (from == null) {
            return false;
        }
        if (to == null) {
            return contains(from);
        }
        return from.toEpochSecond() < endSecond() && to.toEpochSecond() > startSecond();
    }

    /** Whether {@code start ≤ t < end}. */
    public boolean contains(OffsetDateTime t) {
        long s = t.toEpochSecond();
        return s >= startSecond() && s < endSecond();
    }
}
