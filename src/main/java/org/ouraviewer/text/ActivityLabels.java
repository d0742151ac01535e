package org.ouraviewer.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Workout fields in words: activities ({@code strengthTraining} → "Strength training"), intensities and
 * sources. The API sends activities as camel-case names from an open list, so unknown ones read through
 * the same splitting rather than a table.
 */
public final class ActivityLabels {
    private static final Map<String, String> SPECIAL = Map.of(
            "hiit", "HIIT",
            "autodetected", "Auto-detected",
            "workout_heart_rate", "Workout heart rate",
            "mma", "MMA");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private ActivityLabels() {
    }

    /** {@code walking} → "Walking", {@code strengthTraining} → "Strength training"; "" when missing. */
    public static String activity(String code) {
        return words(code);
    }

    /** {@code easy}, {@code moderate}, {@code hard} → "Easy", "Moderate", "Hard". */
    public static String intensity(String code) {
        return words(code);
    }

    /** Easy 1, moderate 2, hard 3, so that intensity sorts by effort; 0 for missing or unknown. */
    public static int intensityRank(String code) {
        if (code == null) {
            return 0;
        }
        return switch (code) {
            case "easy" -> 1;
            case "moderate" -> 2;
            case "hard" -> 3;
            default -> 0;
        };
    }

    /** {@code manual}, {@code autodetected}, {@code confirmed}, {@code workout_heart_rate} in words. */
    public static String source(String code) {
        return words(code);
    }

    private static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        // a handful of distinct codes repeat across thousands of workouts: split each once
        return CACHE.computeIfAbsent(code, c -> SPECIAL.getOrDefault(c, Wording.phrase(c)));
    }
}
