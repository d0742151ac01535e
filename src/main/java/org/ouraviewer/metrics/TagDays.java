package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.Tag;
import org.ouraviewer.text.TagLabels;

/**
 * The days each tag is on, by the tag's name as the Tags tab shows it ({@link TagLabels}): the {@code day}
 * of every {@code tag} document for each of its tag codes, and the {@code start_day} of every
 * {@code enhanced_tag}. Both kinds meet under one name ("Alcohol" from a deprecated tag and from an
 * enhanced tag are one tag). A tag's days are a set: a day tagged twice with the same tag counts once.
 * Text-only tags have no name and are not here.
 */
public final class TagDays {
    private final SortedMap<String, NavigableSet<LocalDate>> days;

    private TagDays(SortedMap<String, NavigableSet<LocalDate>> days) {
        this.days = days;
    }

    public static TagDays of(OuraData data) {
        SortedMap<String, NavigableSet<LocalDate>> byName = new TreeMap<>();
        for (Tag t : data.tags()) {
            add(byName, TagLabels.labels(t), t.day());
        }
        for (EnhancedTag t : data.enhancedTags()) {
            add(byName, TagLabels.labels(t), t.day());
        }
        byName.replaceAll((name, set) -> Collections.unmodifiableNavigableSet(set));
        return new TagDays(Collections.unmodifiableSortedMap(byName));
    }

    private static void add(Map<String, NavigableSet<LocalDate>> byName, List<String> names, LocalDate day) {
        if (day == null) {
            return;
        }
        for (String name : names) {
            byName.computeIfAbsent(name, n -> new TreeSet<>()).add(day);
        }
    }

    /** Every tag's days, by name in code-point order. */
    public SortedMap<String, NavigableSet<LocalDate>> byName() {
        return days;
    }

    /** The tag names, in code-point order. */
    public List<String> names() {
        return List.copyOf(days.keySet());
    }

    /** The days of the tag named {@code name}; none when there is no such tag. */
    public NavigableSet<LocalDate> days(String name) {
        return days.getOrDefault(name, Collections.emptyNavigableSet());
    }

    /** The name as the data spells it: {@code name} itself, else the one tag that equals it ignoring case. */
    public Optional<String> find(String name) {
        if (days.containsKey(name)) {
            return Optional.of(name);
        }
        List<String> matches = days.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
