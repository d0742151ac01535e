package org.ouraviewer.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A workout: calories in kcal, distance in metres (often null). */
public record Workout(String id, LocalDate day, String activity, String intensity, Double calories, Double distance,
                      OffsetDateTime start, OffsetDateTime end, String source, String label) {

    /** From instants; zero when the end is missing. */
    public Duration length() {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
