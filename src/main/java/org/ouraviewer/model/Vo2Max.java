package org.ouraviewer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A {@code vO2_max} document: an estimate in ml/kg/min, taken at {@code timestamp}. A day can hold several;
 * the day's value is the latest ({@link OuraData#vo2Max(LocalDate)}).
 */
public record Vo2Max(String id, LocalDate day, OffsetDateTime time, Double vo2Max) {
}
