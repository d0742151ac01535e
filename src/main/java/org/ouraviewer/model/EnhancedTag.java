package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An {@code enhanced_tag}: a tag type code ({@code custom} with {@link #customName()}, or null for a
 * comment only), a start and an optional end.
 */
public record EnhancedTag(String id, LocalDate startDay, LocalDate endDay, String tagTypeCode, OffsetDateTime start,
                          OffsetDateTime end, String comment, String customName) {

    /** The day the tag is on: its {@code start_day}, else the date of its start as recorded; null if neither. */
    public LocalDate day() {
        return startDay != null ? startDay : start != null ? start.toLocalDate() : null;
    }
}
