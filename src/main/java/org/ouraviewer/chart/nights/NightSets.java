package org.ouraviewer.chart.nights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;

/**
 * The sets of nights the Nights tab and {@code export-nights} compare, chosen one way for both: the main
 * sleeps ({@link MedianNight#nights}) of the days of a range, or of the days after a tag's days (as
 * {@code median-night --tag} chooses them), and "all other nights": the range's main sleeps that are not
 * after the tag.
 *
 * @param primary   the set asked about
 * @param reference the set compared with; null when none is asked for, or when a tag is not chosen
 */
public record NightSets(MedianSet primary, MedianSet reference) {
    public static final String ALL_NIGHTS = "All nights";
    public static final String OTHER_NIGHTS = "All other nights";

    /**
     * @param tag     a tag's name as the Tags tab names it, or null for every night of the range
     * @param compare whether to add all the other nights of the range as the reference (with a tag only)
     */
    public static NightSets of(OuraData data, TagDays tags, LocalDate from, LocalDate to, String tag,
                               boolean compare) {
        List<SleepPeriod> all = MedianNight.nights(data, from, to, null);
        if (tag == null) {
            return new NightSets(new MedianSet(ALL_NIGHTS, MedianNight.of(all)), null);
        }
        List<SleepPeriod> after = MedianNight.nights(data, from, to, tags.days(tag));
        MedianSet primary = new MedianSet(afterName(tag), MedianNight.of(after));
        if (!compare) {
            return new NightSets(primary, null);
        }
        Set<LocalDate> afterDays = new HashSet<>();
        after.forEach(p -> afterDays.add(p.day()));
        List<SleepPeriod> others = new ArrayList<>();
        for (SleepPeriod p : all) {
            if (!afterDays.contains(p.day())) {
                others.add(p);
            }
        }
        return new NightSets(primary, new MedianSet(OTHER_NIGHTS, MedianNight.of(others)));
    }

    /** "After Alcohol": the nights after the days tagged so. */
    public static String afterName(String tag) {
        return "After " + tag;
    }

    /** The days the actogram marks: the tag's days, or every tagged day when {@code tag} is null. */
    public static NavigableSet<LocalDate> markedDays(TagDays tags, String tag) {
        if (tag != null) {
            return tags.days(tag);
        }
        NavigableSet<LocalDate> all = new TreeSet<>();
        tags.byName().values().forEach(all::addAll);
        return Collections.unmodifiableNavigableSet(all);
    }

    /** What the actogram's tag marks stand for in its legend. */
    public static String markedName(String tag) {
        return tag == null ? "Tag day" : tag + " (tag day)";
    }
}
