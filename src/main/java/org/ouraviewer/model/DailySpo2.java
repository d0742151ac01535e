package org.ouraviewer.model;

import java.time.LocalDate;

/** Blood oxygen during the night of a day: average percentage and breathing disturbance index. */
public record DailySpo2(String id, LocalDate day, Double averagePercent, Double breathingDisturbanceIndex) {
}
