package org.ouraviewer.ui.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Workout;

/** The days with naps, tags and workouts, found once per load rather than per cell and repaint. */
final class DayMarkers {
    private final Set<LocalDate> naps = new HashSet<>();
    private final Set<LocalDate> tags = new HashSet<>();
    private final Set<LocalDate> workouts = new HashSet<>();

    DayMarkers(OuraData data) {
        for (LocalDate day : data.sleepDays()) {
            long sleeps = data.sleepPeriods(day).stream().filter(p -> p.type().countsAsSleep()).count();
            if (sleeps > 1) {
                naps.add(day);
            }
        }
        for (Tag t : data.tags()) {
            addIfDay(tags, t.day());
        }
        for (EnhancedTag t : data.enhancedTags()) {
            addIfDay(tags, t.startDay());
        }
        for (Workout w : data.workouts()) {
            addIfDay(workouts, w.day());
        }
    }

    private static void addIfDay(Set<LocalDate> set, LocalDate day) {
        if (day != null) {
            set.add(day);
        }
    }

    /** Every day with a marker. */
    Set<LocalDate> days() {
        Set<LocalDate> all = new HashSet<>(naps);
        all.addAll(tags);
        all.addAll(workouts);
        return all;
    }

    /** More than one period counting as sleep (a nap besides the night, or two long sleeps). */
    boolean nap(LocalDate day) {
        return naps.contains(day);
    }

    boolean tag(LocalDate day) {
        return tags.contains(day);
    }

    boolean workout(LocalDate day) {
        return workouts.contains(day);
    }
}
