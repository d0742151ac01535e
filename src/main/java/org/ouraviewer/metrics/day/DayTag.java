package org.ouraviewer.metrics.day;

import java.time.OffsetDateTime;

/**
 * A tag of the day, named as the Tags tab names it ({@link org.ouraviewer.text.TagLabels}). A {@code tag}
 * record has a time and no end; an {@code enhanced_tag} may have both, either or neither.
 *
 * @param comment the record's text or comment; may be null
 */
public record DayTag(String name, OffsetDateTime start, OffsetDateTime end, String comment) {
}
