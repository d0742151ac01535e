package org.ouraviewer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivityLabelsTest {
    @Test
    void activitiesReadAsWords() {
        assertEquals("Strength training", ActivityLabels.activity("strengthTraining"));
        assertEquals("Walking", ActivityLabels.activity("walking"));
        assertEquals("Cross country skiing", ActivityLabels.activity("crossCountrySkiing"));
        assertEquals("HIIT", ActivityLabels.activity("hiit"));
        assertEquals("Table tennis", ActivityLabels.activity("table_tennis"));
        assertEquals("", ActivityLabels.activity(null));
    }

    @Test
    void intensitiesRankByEffort() {
        assertEquals("Moderate", ActivityLabels.intensity("moderate"));
        assertTrue(ActivityLabels.intensityRank("easy") < ActivityLabels.intensityRank("moderate"));
        assertTrue(ActivityLabels.intensityRank("moderate") < ActivityLabels.intensityRank("hard"));
        assertEquals(0, ActivityLabels.intensityRank("extreme"));
        assertEquals(0, ActivityLabels.intensityRank(null));
    }

    @Test
    void sourcesReadAsWords() {
        assertEquals("Auto-detected", ActivityLabels.source("autodetected"));
        assertEquals("Workout heart rate", ActivityLabels.source("workout_heart_rate"));
        assertEquals("Confirmed", ActivityLabels.source("confirmed"));
        assertEquals("Manual", ActivityLabels.source("manual"));
    }
}
