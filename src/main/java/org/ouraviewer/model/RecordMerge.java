package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The de-duplication policy of {@link OuraData#merge}: repeated records dropped (by id, else by a natural key:
 * DATA.md), the richest source winning ({@link SourceRank}), within a source a later batch over an earlier one,
 * and a day's nights from one source. Done once, for the façade's constructor, which indexes what is kept.
 */
final class RecordMerge {
    final List<DailySleep> dailySleep;
    final List<DailyReadiness> dailyReadiness;
    final List<DailyActivity> dailyActivity;
    final List<DailySpo2> spo2;
    final List<DailyStress> stress;
    final List<SleepPeriod> sleep;
    final List<Tag> tags;
    final List<EnhancedTag> enhancedTags;
    final List<Workout> workouts;
    final List<Session> sessions;
    final List<DailyResilience> resilience;
    final List<CardiovascularAge> cardiovascularAge;
    final List<Vo2Max> vo2Max;
    final List<RestModePeriod> restModePeriods;
    final HeartRateSamples heartRate;
    final TimedValues daytimeStress;
    final TimedValues daytimeRecovery;
    final TimedValues skinTemperature;
    final Map<OuraKind, Map<String, LocalDate>> others = new EnumMap<>(OuraKind.class);

    RecordMerge(List<RecordBatch> batches) {
        // the first of repeated records is kept: the richest source first (SourceRank), and within a source
        // the newest batch first (a file read again after a fetch has the current version of a record)
        List<RecordBatch> ordered = new ArrayList<>(batches);
        Collections.reverse(ordered);
        ordered.sort(Comparator.comparing(RecordBatch::rank)); // stable
        dailySleep = unique(ordered, b -> b.dailySleep, DailySleep::id, DailySleep::day);
        dailyReadiness = unique(ordered, b -> b.dailyReadiness, DailyReadiness::id, DailyReadiness::day);
        dailyActivity = unique(ordered, b -> b.dailyActivity, DailyActivity::id, DailyActivity::day);
        spo2 = unique(ordered, b -> b.spo2, DailySpo2::id, DailySpo2::day);
        stress = unique(ordered, b -> b.stress, DailyStress::id, DailyStress::day);
        resilience = unique(ordered, b -> b.resilience, DailyResilience::id, DailyResilience::day);
        cardiovascularAge = unique(ordered, b -> b.cardiovascularAge, CardiovascularAge::id,
                CardiovascularAge::day);
        vo2Max = unique(ordered, b -> b.vo2Max, Vo2Max::id, v -> List.of(String.valueOf(v.day()),
                instant(v.time())));
        restModePeriods = unique(ordered, b -> b.restModePeriods, RestModePeriod::id, p -> List.of(
                String.valueOf(p.startDay()), instant(p.start())));
        sleep = uniqueSleep(ordered);
        // natural keys compare instants: the same moment may be written with another offset
        tags = unique(ordered, b -> b.tags, Tag::id, t -> List.of(instant(t.time()), t.codes(),
                String.valueOf(t.text())));
        enhancedTags = unique(ordered, b -> b.enhancedTags, EnhancedTag::id, t -> List.of(instant(t.start()),
                String.valueOf(t.tagTypeCode()), String.valueOf(t.customName())));
        workouts = unique(ordered, b -> b.workouts, Workout::id, w -> List.of(instant(w.start()),
                String.valueOf(w.activity())));
        sessions = unique(ordered, b -> b.sessions, Session::id, s -> List.of(instant(s.start()),
                String.valueOf(s.type())));
        HeartRateSamples.Builder hr = new HeartRateSamples.Builder();
        HeartRateSamples only = HeartRateSamples.EMPTY;
        int withHeartRate = 0;
        TimedValues.Builder stressValues = new TimedValues.Builder();
        TimedValues.Builder recoveryValues = new TimedValues.Builder();
        TimedValues.Builder skin = new TimedValues.Builder();
        for (RecordBatch b : ordered) {
            stressValues.addAll(b.daytimeStress);
            recoveryValues.addAll(b.daytimeRecovery);
            skin.addAll(b.skinTemperature);
            if (b.heartRate.size() > 0) {
                hr.addAll(b.heartRate);
                only = b.heartRate;
                withHeartRate++;
            }
            b.others.forEach((kind, keys) -> others.computeIfAbsent(kind, k -> new HashMap<>()).putAll(keys));
        }
        // usually one file holds all heart rate, already sorted and unique: no second copy of millions of rows
        heartRate = withHeartRate == 1 ? only : hr.build();
        daytimeStress = stressValues.build();
        daytimeRecovery = recoveryValues.build();
        skinTemperature = skin.build();
    }

    private static String instant(java.time.OffsetDateTime t) {
        return t == null ? "null" : t.toInstant().toString();
    }

    private static <T> List<T> unique(List<RecordBatch> batches, Function<RecordBatch, List<T>> part,
                                      Function<T, String> id, Function<T, Object> key) {
        UniqueRecords<T> unique = new UniqueRecords<>(id, key);
        for (RecordBatch b : batches) {
            unique.addAll(part.apply(b));
        }
        return unique.kept();
    }

    /**
     * Sleep periods: unique by id or start instant, and a day's nights come from one source: the richest
     * that has that day, except that a Trends CSV night (totals only) never hides a night with a hypnogram.
     */
    private static List<SleepPeriod> uniqueSleep(List<RecordBatch> batches) {
        List<RecordBatch> byNightDetail = new ArrayList<>(batches);
        byNightDetail.sort(Comparator.comparing(b -> !b.rank.hasHypnograms())); // stable
        UniqueRecords<SleepPeriod> unique = new UniqueRecords<>(SleepPeriod::id, p -> p.start().toInstant());
        Map<LocalDate, SourceRank> dayOwner = new HashMap<>();
        for (RecordBatch b : byNightDetail) {
            for (SleepPeriod p : b.sleep) {
                SourceRank owner = dayOwner.get(p.day());
                if (owner != null && owner != b.rank) {
                    continue;
                }
                if (unique.add(p)) {
                    dayOwner.putIfAbsent(p.day(), b.rank);
                }
            }
        }
        return unique.kept();
    }

    <T> NavigableMap<LocalDate, T> byDay(List<T> records, Function<T, LocalDate> day) {
        NavigableMap<LocalDate, T> map = new TreeMap<>();
        for (T r : records) {
            map.putIfAbsent(day.apply(r), r);
        }
        return map;
    }

    /** Unique records per kind, counted as a file's are: the merged records are one more batch. */
    Map<OuraKind, Integer> counts() {
        return new RecordBatch(SourceRank.V2_DOCUMENT, dailySleep, dailyReadiness, dailyActivity, sleep, tags,
                enhancedTags, workouts, sessions, spo2, stress, resilience, cardiovascularAge, vo2Max, restModePeriods,
                heartRate, daytimeStress, daytimeRecovery, skinTemperature, others).countsByKind();
    }

    /** The days of the daily kinds the viewer counts but does not keep (sleep_time…). */
    NavigableSet<LocalDate> otherDays() {
        NavigableSet<LocalDate> all = new TreeSet<>();
        others.forEach((kind, keys) -> {
            if (kind.isDaily()) {
                all.addAll(keys.values().stream().filter(d -> d != null).collect(Collectors.toSet()));
            }
        });
        return all;
    }
}
