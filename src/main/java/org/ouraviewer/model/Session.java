package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A guided or unguided session (breathing, meditation, nap, relaxation, rest, body_status). */
public record Session(String id, LocalDate day, String type, OffsetDateTime start, OffsetDateTime end,
                      SampleSeries heartRate, SampleSeries hrv, String mood) {
}
