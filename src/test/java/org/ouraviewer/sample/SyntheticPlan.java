package org.ouraviewer.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What the synthetic wearer did, day by day: where they were (time zone), when they slept, napped,
 * trained, took the ring off, and what they tagged. Everything else (documents, samples) is derived
 * from this plan. Special days recur every {@link #CYCLE} days, so a long range (the benchmark) has
 * them too; the default range of {@link SyntheticData} holds each of them once.
 */
final class SyntheticPlan {
    static final int CYCLE = 120;
    static final ZoneId HOME = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** Days (index within the cycle) with something special. */
    static final int NEW_YORK_FROM = 26;
    static final int NEW_YORK_TO = 33;
    static final int LATE_NAP_EVENING = 40;
    static final int NO_RING = 50;
    static final int TWO_LONG_SLEEPS = 60;
    static final int REST_PERIOD = 70;
    static final int ALL_NULL_HRV_NAP = 80;
    static final int LOOSE_RING_NIGHT = 90;
    static final int BANGKOK_FROM = 96;
    static final int BANGKOK_TO = 102;

    enum Activity { SLEEP, WORKOUT, NON_WEAR, REST }

    /** A stretch of time with one activity; sleep intervals point to their period. */
    record Interval(Instant start, Instant end, Activity activity, Period period, Workout workout) {
    }

    /** A sleep period: the day it counts for, its type and its start and end in the recorded offset. */
    record Period(int index, LocalDate day, String type, ZonedDateTime start, ZonedDateTime end, boolean main,
                  boolean allNullHrv, boolean looseRing) {
    }

    record Workout(LocalDate day, String activity, String intensity, String source, ZonedDateTime start,
                   ZonedDateTime end, boolean withDistance) {
    }

    record TagEntry(LocalDate day, ZonedDateTime time, List<String> codes, String text) {
    }

    record EnhancedTagEntry(LocalDate startDay, ZonedDateTime start, ZonedDateTime end, String code, String comment,
                            String customName) {
    }

    final LocalDate first;
    final int days;
    final List<Period> periods = new ArrayList<>();
    final List<Workout> workouts = new ArrayList<>();
    final List<TagEntry> tags = new ArrayList<>();
    final List<EnhancedTagEntry> enhancedTags = new ArrayList<>();
    final List<Interval> intervals = new ArrayList<>();
    private final Random random;

    SyntheticPlan(LocalDate first, int days, Random random) {
        this.first = first;
        this.days = days;
        this.random = random;
        for (int i = 0; i < days; i++) {
            planDay(i);
        }
        periods.sort(Comparator.comparing((Period p) -> p.start.toInstant()));
        intervals.sort(Comparator.comparing(Interval::start));
    }

    LocalDate day(int i) {
        return first.plusDays(i);
    }

    /** Where the wearer is at the end of day {@code i} (after any flight that day); nights are spent there. */
    static ZoneId zone(int i) {
        int c = Math.floorMod(i, CYCLE);
        if (c >= NEW_YORK_FROM && c <= NEW_YORK_TO) {
            return NEW_YORK;
        }
        if (c >= BANGKOK_FROM && c <= BANGKOK_TO) {
            return BANGKOK;
        }
        return HOME;
    }

    /** Whether the ring stayed on the charger all of day {@code i} (and the night before it). */
    static boolean noRing(int i) {
        return Math.floorMod(i, CYCLE) == NO_RING;
    }

    private ZonedDateTime at(int dayIndex, ZoneId zone, int minuteOfDay, int second) {
        return ZonedDateTime.of(day(dayIndex), LocalTime.of(0, 0), zone).plusMinutes(minuteOfDay).plusSeconds(second);
    }

    private void planDay(int i) {
        int c = Math.floorMod(i, CYCLE);
        LocalDate day = day(i);
        if (noRing(i)) {
            intervals.add(new Interval(at(i - 1, zone(i - 1), 18 * 60, 0).toInstant(),
                    at(i + 1, zone(i), 8 * 60, 0).toInstant(), Activity.NON_WEAR, null, null));
            return;
        }
        ZoneId night = zone(i - 1);
        if (!noRing(i - 1)) {
            planNight(i, c, day, night);
        }
        ZoneId daytime = zone(i);
        // the ring charges for a while most mornings
        int charge = 9 * 60 + random.nextInt(120);
        ZonedDateTime chargeStart = at(i, night, charge, 0);
        intervals.add(new Interval(chargeStart.toInstant(), chargeStart.plusMinutes(35 + random.nextInt(40))
                .toInstant(), Activity.NON_WEAR, null, null));
        if (c == REST_PERIOD) {
            addPeriod(i + 1000, day, "rest", at(i, daytime, 15 * 60 + 5, 31), 95, false, false, false);
        } else if (c == ALL_NULL_HRV_NAP || random.nextInt(5) == 0) {
            addPeriod(i + 1000, day, "sleep", at(i, daytime, 13 * 60 + 20 + random.nextInt(40), random.nextInt(60)),
                    c == ALL_NULL_HRV_NAP ? 48 : 18 + random.nextInt(50), false, c == ALL_NULL_HRV_NAP, false);
        }
        if (c == LATE_NAP_EVENING) {
            // a nap ending after 18:00 counts for the next day
            addPeriod(i + 2000, day.plusDays(1), "late_nap", at(i, daytime, 19 * 60 + 12, 2), 57, false, false, false);
        }
        planWorkout(i, c, day, daytime);
        planTags(i, c, day, daytime);
    }

    private void planNight(int i, int c, LocalDate day, ZoneId zone) {
        int bedtime = 22 * 60 + 15 + random.nextInt(110); // 22:15 to 00:05, from the evening before
        int length = 6 * 60 + 50 + random.nextInt(110);
        ZonedDateTime start = at(i - 1, zone, bedtime, random.nextInt(60));
        if (c == TWO_LONG_SLEEPS) {
            // woken in the middle of the night for more than an hour: two long sleeps, both over 3 h
            ZonedDateTime firstEnd = start.plusMinutes(3 * 60 + 25);
            addPeriod(i, day, "long_sleep", start, 3 * 60 + 25, false, false, false);
            addPeriod(i + 3000, day, "long_sleep", firstEnd.plusMinutes(70).plusSeconds(29), 4 * 60 + 5, true, false,
                    false);
            return;
        }
        // lengths come from instants: across a daylight-saving change the clock jumps, the night does not
        addPeriod(i, day, "long_sleep", start, length, true, false, c == LOOSE_RING_NIGHT);
        ZonedDateTime wake = start.plusMinutes(length);
        intervals.add(new Interval(start.minusMinutes(25).toInstant(), start.toInstant(), Activity.REST, null, null));
        if (random.nextInt(3) == 0) {
            intervals.add(new Interval(wake.toInstant(), wake.plusMinutes(20).toInstant(), Activity.REST, null, null));
        }
    }

    private void addPeriod(int index, LocalDate day, String type, ZonedDateTime start, int minutes, boolean main,
                           boolean allNullHrv, boolean looseRing) {
        ZonedDateTime end = start.plusMinutes(minutes).plusSeconds(random.nextInt(2) * 30);
        Period p = new Period(index, day, type, start, end, main, allNullHrv, looseRing);
        periods.add(p);
        intervals.add(new Interval(start.toInstant(), end.toInstant(), Activity.SLEEP, p, null));
    }

    private void planWorkout(int i, int c, LocalDate day, ZoneId zone) {
        int kind = random.nextInt(6);
        if (kind > 2 && c != NEW_YORK_FROM + 2 || c == LATE_NAP_EVENING) {
            return;
        }
        String activity = switch (kind) {
            case 0 -> "walking";
            case 1 -> "running";
            default -> "cycling";
        };
        String intensity = switch (random.nextInt(3)) {
            case 0 -> "easy";
            case 1 -> "moderate";
            default -> "hard";
        };
        ZonedDateTime start = at(i, zone, 17 * 60 + random.nextInt(90), 0);
        ZonedDateTime end = start.plusMinutes(20 + random.nextInt(60));
        boolean distance = !activity.equals("walking") && random.nextInt(4) != 0;
        String source = random.nextInt(4) == 0 ? "autodetected" : random.nextInt(5) == 0 ? "manual" : "confirmed";
        Workout w = new Workout(day, activity, intensity, source, start, end, distance);
        workouts.add(w);
        intervals.add(new Interval(start.toInstant(), end.toInstant(), Activity.WORKOUT, null, w));
    }

    private void planTags(int i, int c, LocalDate day, ZoneId zone) {
        if (c == NEW_YORK_FROM || c == NEW_YORK_TO + 1 || c == BANGKOK_FROM || c == BANGKOK_TO + 1) {
            String to = c == NEW_YORK_FROM ? "New York" : c == BANGKOK_FROM ? "Bangkok" : "home";
            tags.add(new TagEntry(day, at(i, zone(i - 1), 9 * 60 + 40, 0), List.of("tag_generic_airplane"),
                    "Flight to " + to));
        }
        if (c == NEW_YORK_FROM + 1 || c == NEW_YORK_TO + 2 || c == BANGKOK_FROM + 1 || c == BANGKOK_TO + 2) {
            tags.add(new TagEntry(day, at(i, zone, 8 * 60 + 5, 0), List.of("tag_generic_jetlag", "tag_generic_tired"),
                    null));
        }
        if (c == NEW_YORK_FROM + 1 || c == BANGKOK_FROM + 1) {
            tags.add(new TagEntry(day, at(i, zone, 22 * 60 + 30, 0), List.of("tag_generic_hotel"), null));
        }
        if (random.nextInt(9) == 0) {
            tags.add(new TagEntry(day, at(i, zone, 20 * 60 + random.nextInt(120), 0), List.of("tag_generic_alcohol"),
                    random.nextInt(2) == 0 ? "Two glasses of wine" : null));
        }
        if (c == 12) {
            tags.add(new TagEntry(day, at(i, zone, 11 * 60, 0), List.of(), "Started the new job – « café » at 7"));
        }
        if (c == 15) {
            tags.add(new TagEntry(day, at(i, zone, 18 * 60, 0), List.of("tag_generic_sick", "tag_generic_headache"),
                    "Cold, stayed in bed"));
        }
        if (random.nextInt(7) == 0) {
            enhancedTags.add(new EnhancedTagEntry(day, at(i, zone, 7 * 60 + 30 + random.nextInt(60), 1), null,
                    "tag_generic_caffeine", "", null));
        }
        if (c == 15) {
            enhancedTags.add(new EnhancedTagEntry(day, at(i, zone, 18 * 60, 0), at(i + 3, zone, 9 * 60, 0),
                    "tag_generic_sick", "A cold", null));
        }
        if (random.nextInt(15) == 0) {
            enhancedTags.add(new EnhancedTagEntry(day, at(i, zone, 19 * 60 + random.nextInt(60), 0), null, "custom",
                    "", "Sauna"));
        }
        if (c == 100) {
            enhancedTags.add(new EnhancedTagEntry(day, at(i, zone, 21 * 60, 0), null, null, "Felt great after the massage",
                    null));
        }
    }
}
