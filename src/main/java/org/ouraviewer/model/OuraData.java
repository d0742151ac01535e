package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;

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
    private final List<RestModePeriod> restModePeriods;
    private final NavigableMap<LocalDate, DailyResilience> resilience;
    private final NavigableMap<LocalDate, CardiovascularAge> cardiovascularAge;
    private final NavigableMap<LocalDate, Vo2Max> vo2Max;
    private final HeartRateSamples heartRate;
    private final TimedValues daytimeStress;
    private final TimedValues daytimeRecovery;
    private final TimedValues skinTemperature;
    private final Map<OuraKind, Integer> counts;
    private final NavigableSet<LocalDate> days;

    private OuraData(RecordMerge m) {
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
        restModePeriods = m.restModePeriods.stream().sorted(Comparator.comparing(RestModePeriod::startDay)).toList();
        heartRate = m.heartRate;
        daytimeStress = m.daytimeStress;
        daytimeRecovery = m.daytimeRecovery;
        skinTemperature = m.skinTemperature;
        counts = Collections.unmodifiableMap(m.counts());
        NavigableSet<LocalDate> all = m.otherDays();
        for (Map<LocalDate, ?> kind : List.of(dailySleep, dailyReadiness, dailyActivity, spo2, stress, resilience,
                cardiovascularAge, vo2Max, sleepByDay)) {
            all.addAll(kind.keySet());
        }
        days = Collections.unmodifiableNavigableSet(all);
    }

    /**
     * Merges batches: duplicates dropped (by id or natural key), the richer source winning for a day
     * ({@link SourceRank}), and within a source a later batch over an earlier one.
     */
    public static OuraData merge(List<RecordBatch> batches) {
        return new OuraData(new RecordMerge(batches));
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

    /** The rest mode periods, by start day. */
    public List<RestModePeriod> restModePeriods() {
        return restModePeriods;
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
}
