package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.Map;

/** The sleep score of a day and its contributors (deep_sleep, efficiency, latency, …). */
public record DailySleep(String id, LocalDate day, Integer score, Map<String, Integer> contributors) {
    public DailySleep {
        contributors = contributors == null ? Map.of() : Map.copyOf(contributors);
    }
}
