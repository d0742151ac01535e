package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A period of rest mode (the wearer told the ring they are ill or recovering): from {@code start} to {@code end},
 * with the episodes logged in it. Many periods are a moment (rest mode switched on and off at once: start equals
 * end); a period still running has no end.
 *
 * @param start    when rest mode began; null when the record has only its {@code startDay}
 * @param end      when it ended; null while it lasts or when not recorded
 * @param episodes what was logged during it, in the record's order
 */
public record RestModePeriod(String id, LocalDate startDay, LocalDate endDay, OffsetDateTime start,
                             OffsetDateTime end, List<Episode> episodes) {
    /** An episode: the tags (codes, as a tag record's) chosen at {@code time}, which may be null. */
    public record Episode(OffsetDateTime time, List<String> tags) {
        public Episode {
            tags = List.copyOf(tags);
        }
    }

    public RestModePeriod {
        episodes = List.copyOf(episodes);
    }
}
