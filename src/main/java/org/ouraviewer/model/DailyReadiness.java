package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.Map;

/** The readiness of a day: score, temperature deviation (°C) and contributors. */
public record DailyReadiness(String id, LocalDate day, Integer score, Double temperatureDeviation,
                             Double temperatureTrendDeviation, Map<String, Integer> contributors) {
    public DailyReadiness {
        contributors = contributors == null ? Map.of() : Map.copyOf(contributors);
    }
}
