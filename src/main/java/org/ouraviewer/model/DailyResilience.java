package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code daily_resilience} document: the level word ({@code limited} … {@code exceptional}) and its
 * contributors ({@code sleep_recovery}, {@code daytime_recovery}, {@code stress}, 0–100).
 */
public record DailyResilience(String id, LocalDate day, String level, Map<String, Integer> contributors) {
    /** The API's level words, weakest first: level 1 is {@code limited}, 5 {@code exceptional}. */
    public static final List<String> LEVELS = List.of("limited", "adequate", "solid", "strong", "exceptional");

    public DailyResilience {
        contributors = contributors == null ? Map.of() : Map.copyOf(contributors);
    }

    /** The level as 1 (limited) to 5 (exceptional); null for an absent or unknown word. */
    public Integer levelNumber() {
        int i = level == null ? -1 : LEVELS.indexOf(level.strip().toLowerCase(Locale.ROOT));
        return i < 0 ? null : i + 1;
    }
}
