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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded, merged and de-duplicated, indexed by day. Immutable: loading more files builds a
 * new instance with {@link #merge}.
 */
public final class OuraData {
    public static final OuraData EMPTY = merge(List.of());

    private final NavigableMap<LocalDate, DailySleep> dailySleep;
    private final NavigableMap<LocalDate, DailyReadiness> dailyReadiness;
    private final NavigableMap<LocalDate, DailyActivity> dailyActivity;
    private final NavigableMap<LocalDate, DailySpo2> spo2;
    private final NavigableMap<LocalDate, DailyStress> stress;
    private final NavigableMap<LocalDate, List<SleepPeriod>> sleepByDay;
    private final List<Tag> tags;
    private final List<EnhancedTag> enhancedTags;
    private final List<Workout> workouts;
    private final List<Session> sessions;
    private final NavigableMap<LocalDate, DailyResilience> resilience;
    private final NavigableMap<LocalDate, CardiovascularAge> cardiovascularAge;
    private final NavigableMap<LocalDate, Vo2Max> vo2Max;
    private final HeartRateSamples heartRate;
    private final TimedValues daytimeStress;
    private final TimedValues daytimeRecovery;
    private final TimedValues skinTemperature;
    private final Map<OuraKind, Integer> counts;
    private final NavigableSet<LocalDate> days;

    private OuraData(Merger m) {
        dailySleep = Collections.unmodifiableNavigableMap(m.byDay(m.dailySleep, DailySleep::day));
        dailyReadiness = Collections.unmodifiableNavigableMap(m.byDay(m.dailyReadiness, DailyReadiness::day));
        dailyActivity = Collections.unmodifiableNavigableMap(m.byDay(m.dailyActivity, DailyActivity::day));
        spo2 = Collections.unmodifiableNavigableMap(m.byDay(m.spo2, DailySpo2::day));
        stress = Collections.unmodifiableNavigableMap(m.byDay(m.stress, DailyStress::day));
        resilience = Collections.unmodifiableNavigableMap(m.byDay(m.resilience, DailyResilience::day));
        cardiovascularAge = Collections.unmodifiableNavigableMap(m.byDay(m.cardiovascularAge,
                CardiovascularAge::day));
        // the latest estimate of a day is its value: put the later over the earlier
        NavigableMap<LocalDate, Vo2Max> latestVo2 = new TreeMap<>();
        m.vo2Max.stream().sorted(Comparator.comparing(Vo2Max::time,
                Comparator.nullsFirst(Comparator.comparing(t -> t.toInstant())))).forEach(v -> latestVo2.put(v.day(), v));
        vo2Max = Collections.unmodifiableNavigableMap(latestVo2);
        NavigableMap<LocalDate, List<SleepPeriod>> periods = new TreeMap<>();
        for (SleepPeriod p : m.sleep) {
            periods.computeIfAbsent(p.day(), d -> new ArrayList<>()).add(p);
        }
        periods.replaceAll((d, list) -> list.stream()
                .sorted(Comparator.comparing(SleepPeriod::start, Comparator.comparing(t -> t.toInstant())))
                .toList());
        sleepByDay = Collections.unmodifiableNavigableMap(periods);
        tags = m.tags.stream().sorted(Comparator.comparing(Tag::day).thenComparing(t -> t.time() == null
                ? null : t.time().toInstant(), Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        enhancedTags = m.enhancedTags.stream().sorted(Comparator.comparing(EnhancedTag::startDay,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        workouts = m.workouts.stream().sorted(Comparator.comparing(Workout::day,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        sessions = List.copyOf(m.sessions);
        heartRate = m.heartRate;
        daytimeStress = m.daytimeStress;
        daytimeRecovery = m.daytimeRecovery;
        skinTemperature = m.skinTemperature;
        counts = Collections.unmodifiableMap(m.counts());
        days = Collections.unmodifiableNavigableSet(m.days(this));
    }

    /**
     * Merges batches: duplicates dropped (by id or natural key), the richer source winning for a day
     * ({@link SourceRank}), and within a source a later batch over an earlier one.
     */
    public static OuraData merge(List<RecordBatch> batches) {
        return new OuraData(new Merger(batches));
    }

    public Optional<DailySleep> dailySleep(LocalDate day) {
        return Optional.ofNullable(dailySleep.get(day));
    }

    public Optional<DailyReadiness> dailyReadiness(LocalDate day) {
        return Optional.ofNullable(dailyReadiness.get(day));
    }

    public Optional<DailyActivity> dailyActivity(LocalDate day) {
        return Optional.ofNullable(dailyActivity.get(day));
    }

    public Optional<DailySpo2> spo2(LocalDate day) {
        return Optional.ofNullable(spo2.get(day));
    }

    public Optional<DailyStress> stress(LocalDate day) {
        return Optional.ofNullable(stress.get(day));
    }

    public Optional<DailyResilience> resilience(LocalDate day) {
        return Optional.ofNullable(resilience.get(day));
    }

    public Optional<CardiovascularAge> cardiovascularAge(LocalDate day) {
        return Optional.ofNullable(cardiovascularAge.get(day));
    }

    /** The day's latest VO2 max estimate (by its time). */
    public Optional<Vo2Max> vo2Max(LocalDate day) {
        return Optional.ofNullable(vo2Max.get(day));
    }

    /** Every sleep period counted for {@code day}, all types, ordered by start. */
    public List<SleepPeriod> sleepPeriods(LocalDate day) {
        return sleepByDay.getOrDefault(day, List.of());
    }

    /** The day's main sleep ({@link MainSleep#of}): its longest {@code long_sleep}; none on a day without one. */
    public Optional<SleepPeriod> mainSleep(LocalDate day) {
        return MainSleep.of(sleepPeriods(day));
    }

    /** The period a view of the day opens on ({@link MainSleep#orLongestPeriod}); for display, not for numbers. */
    public Optional<SleepPeriod> mainSleepOrLongest(LocalDate day) {
        return MainSleep.orLongestPeriod(sleepPeriods(day));
    }

    /** The days that have sleep periods, in order. */
    public NavigableSet<LocalDate> sleepDays() {
        return sleepByDay.navigableKeySet();
    }

    public NavigableMap<LocalDate, DailySleep> dailySleepByDay() {
        return dailySleep;
    }

    public NavigableMap<LocalDate, DailyReadiness> dailyReadinessByDay() {
        return dailyReadiness;
    }

    public NavigableMap<LocalDate, DailyActivity> dailyActivityByDay() {
        return dailyActivity;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Tag> tags(LocalDate day) {
        return tags.stream().filter(t -> day.equals(t.day())).toList();
    }

    public List<EnhancedTag> enhancedTags() {
        return enhancedTags;
    }

    public List<EnhancedTag> enhancedTags(LocalDate day) {
        return enhancedTags.stream().filter(t -> day.equals(t.startDay())).toList();
    }

    public List<Workout> workouts() {
        return workouts;
    }

    public List<Workout> workouts(LocalDate day) {
        return workouts.stream().filter(w -> day.equals(w.day())).toList();
    }

    public List<Session> sessions() {
        return sessions;
    }

    public HeartRateSamples heartRate() {
        return heartRate;
    }

    /** The Hub export's daytime stress values ({@code stress_value}), NaN where a row has none. */
    public TimedValues daytimeStress() {
        return daytimeStress;
    }

    /** The Hub export's daytime recovery values ({@code recovery_value}), at the same times as the stress. */
    public TimedValues daytimeRecovery() {
        return daytimeRecovery;
    }

    /** The Hub export's skin temperature (°C). */
    public TimedValues skinTemperature() {
        return skinTemperature;
    }

    /** Unique records per kind, for the kinds that have any. */
    public Map<OuraKind, Integer> recordCounts() {
        return counts;
    }

    /** Every day with a daily document or a sleep period, in order. */
    public NavigableSet<LocalDate> days() {
        return days;
    }

    public Optional<LocalDate> firstDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.first());
    }

    public Optional<LocalDate> lastDay() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.last());
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The merge, done once in the constructor. V2 batches go first so that their days win. */
    private static final class Merger {
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
        final HeartRateSamples heartRate;
        final TimedValues daytimeStress;
        final TimedValues daytimeRecovery;
        final TimedValues skinTemperature;
        final Map<OuraKind, Map<String, LocalDate>> others = new EnumMap<>(OuraKind.class);

        Merger(List<RecordBatch> batches) {
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
                    enhancedTags, workouts, sessions, spo2, stress, resilience, cardiovascularAge, vo2Max, heartRate,
                    daytimeStress, daytimeRecovery, skinTemperature, others).countsByKind();
        }

        NavigableSet<LocalDate> days(OuraData data) {
            NavigableSet<LocalDate> all = new TreeSet<>();
            all.addAll(data.dailySleep.keySet());
            all.addAll(data.dailyReadiness.keySet());
            all.addAll(data.dailyActivity.keySet());
            all.addAll(data.spo2.keySet());
            all.addAll(data.stress.keySet());
            all.addAll(data.resilience.keySet());
            all.addAll(data.cardiovascularAge.keySet());
            all.addAll(data.vo2Max.keySet());
            all.addAll(data.sleepByDay.keySet());
            others.forEach((kind, keys) -> {
                if (kind.isDaily()) {
                    all.addAll(keys.values().stream().filter(d -> d != null).collect(Collectors.toSet()));
                }
            });
            return all;
        }
    }
}
