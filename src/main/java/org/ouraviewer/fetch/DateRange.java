package org.ouraviewer.fetch;

import java.time.LocalDate;
import java.util.Objects;

/** The inclusive days a fetch asks for. */
public record DateRange(LocalDate start, LocalDate end) {
    /** Oura rings and their data start in 2015; "everything" begins there. */
    public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    public DateRange {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end day " + end + " is before the start day " + start);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
