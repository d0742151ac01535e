package org.ouraviewer.model;

import java.time.LocalDate;

/** A {@code daily_cardiovascular_age} document: the estimated age of the arteries in years. */
public record CardiovascularAge(String id, LocalDate day, Integer vascularAge) {
}
