package org.ouraviewer.model;

import java.time.LocalDate;

/** Seconds of high stress and of high recovery in a day, and the day's summary word. */
public record DailyStress(String id, LocalDate day, Integer stressHigh, Integer recoveryHigh, String summary) {
}
