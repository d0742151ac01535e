package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records read from one file, before merging. Files overlap (Open Humans repeats records across
 * yearly windows, users open the same export twice), so batches are merged by {@link OuraData#merge}.
 */
public final class RecordBatch {
    final SourceRank rank;
    final List<DailySleep> dailySleep;
    final List<DailyReadiness> dailyReadiness;
    final List<DailyActivity> dailyActivity;
    final List<SleepPeriod> sleep;
    final List<Tag> tags;
    final List<EnhancedTag> enhancedTags;
    final List<Workout> workouts;
    final List<Session> sessions;
    final List<DailySpo2> spo2;
    final List<DailyStress> stress;
    final List<DailyResilience> resilience;
    final List<CardiovascularAge> cardiovascularAge;
    final List<Vo2Max> vo2Max;
    final List<RestModePeriod> restModePeriods;
    final HeartRateSamples heartRate;
    final TimedValues daytimeStress;
    final TimedValues daytimeRecovery;
    final TimedValues skinTemperature;
    /** Kinds the viewer counts but does not show: key (id or content) to the day, which may be null. */
    final Map<OuraKind, Map<String, LocalDate>> others;

    /** All the parts; the merge makes one of these of everything loaded, to count it the same way. */
    RecordBatch(SourceRank rank, List<DailySleep> dailySleep, List<DailyReadiness> dailyReadiness,
                List<DailyActivity> dailyActivity, List<SleepPeriod> sleep, List<Tag> tags, List<EnhancedTag> enhancedTags,
                List<Workout> workouts, List<Session> sessions, List<DailySpo2> spo2, List<DailyStress> stress,
                List<DailyResilience> resilience, List<CardiovascularAge> cardiovascularAge, List<Vo2Max> vo2Max,
                List<RestModePeriod> restModePeriods, HeartRateSamples heartRate, TimedValues daytimeStress,
                TimedValues daytimeRecovery, TimedValues skinTemperature, Map<OuraKind, ? extends Map<String, LocalDate>> others) {
        this.rank = rank;
        this.dailySleep = List.copyOf(dailySleep);
        this.dailyReadiness = List.copyOf(dailyReadiness);
        this.dailyActivity = List.copyOf(dailyActivity);
        this.sleep = List.copyOf(sleep);
        this.tags = List.copyOf(tags);
        this.enhancedTags = List.copyOf(enhancedTags);
        this.workouts = List.copyOf(workouts);
        this.sessions = List.copyOf(sessions);
        this.spo2 = List.copyOf(spo2);
        this.stress = List.copyOf(stress);
        this.resilience = List.copyOf(resilience);
        this.cardiovascularAge = List.copyOf(cardiovascularAge);
        this.vo2Max = List.copyOf(vo2Max);
        this.restModePeriods = List.copyOf(restModePeriods);
        this.heartRate = heartRate;
        this.daytimeStress = daytimeStress;
        this.daytimeRecovery = daytimeRecovery;
        this.skinTemperature = skinTemperature;
        Map<OuraKind, Map<String, LocalDate>> o = new EnumMap<>(OuraKind.class);
        others.forEach((k, v) -> o.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.others = Collections.unmodifiableMap(o);
    }

    /** Where these records came from, which decides which of two overlapping records wins. */
    public SourceRank rank() {
        return rank;
    }

    /** Records per kind in this batch (heart-rate rows after removing duplicates within the file). */
    public Map<OuraKind, Integer> countsByKind() {
        Map<OuraKind, Integer> c = new EnumMap<>(OuraKind.class);
        putCount(c, OuraKind.DAILY_SLEEP, dailySleep.size());
        putCount(c, OuraKind.DAILY_READINESS, dailyReadiness.size());
        putCount(c, OuraKind.DAILY_ACTIVITY, dailyActivity.size());
        putCount(c, OuraKind.SLEEP, sleep.size());
        putCount(c, OuraKind.TAG, tags.size());
        putCount(c, OuraKind.ENHANCED_TAG, enhancedTags.size());
        putCount(c, OuraKind.WORKOUT, workouts.size());
        putCount(c, OuraKind.SESSION, sessions.size());
        putCount(c, OuraKind.DAILY_SPO2, spo2.size());
        putCount(c, OuraKind.DAILY_STRESS, stress.size());
        putCount(c, OuraKind.DAILY_RESILIENCE, resilience.size());
        putCount(c, OuraKind.DAILY_CARDIOVASCULAR_AGE, cardiovascularAge.size());
        putCount(c, OuraKind.VO2_MAX, vo2Max.size());
        putCount(c, OuraKind.REST_MODE_PERIOD, restModePeriods.size());
        putCount(c, OuraKind.HEARTRATE, heartRate.size());
        putCount(c, OuraKind.DAYTIME_STRESS, daytimeStress.size());
        putCount(c, OuraKind.SKIN_TEMPERATURE, skinTemperature.size());
        others.forEach((kind, keys) -> putCount(c, kind, keys.size()));
        return c;
    }

    private static void putCount(Map<OuraKind, Integer> c, OuraKind kind, int n) {
        if (n > 0) {
            c.put(kind, n);
        }
    }

    /** Records in this batch (heart-rate rows after removing duplicates within the file). */
    public int recordCount() {
        return countsByKind().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Collects the records of one file. Not thread-safe; one per file. */
    public static final class Builder {
        private final SourceRank rank;
        private final List<DailySleep> dailySleep = new ArrayList<>();
        private final List<DailyReadiness> dailyReadiness = new ArrayList<>();
        private final List<DailyActivity> dailyActivity = new ArrayList<>();
        private final List<SleepPeriod> sleep = new ArrayList<>();
        private final List<Tag> tags = new ArrayList<>();
        private final List<EnhancedTag> enhancedTags = new ArrayList<>();
        private final List<Workout> workouts = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final List<DailySpo2> spo2 = new ArrayList<>();
        private final List<DailyStress> stress = new ArrayList<>();
        private final List<DailyResilience> resilience = new ArrayList<>();
        private final List<CardiovascularAge> cardiovascularAge = new ArrayList<>();
        private final List<Vo2Max> vo2Max = new ArrayList<>();
        private final List<RestModePeriod> restModePeriods = new ArrayList<>();
        private final HeartRateSamples.Builder heartRate = new HeartRateSamples.Builder();
        private final TimedValues.Builder daytimeStress = new TimedValues.Builder();
        private final TimedValues.Builder daytimeRecovery = new TimedValues.Builder();
        private final TimedValues.Builder skinTemperature = new TimedValues.Builder();
        private final Map<OuraKind, Map<String, LocalDate>> others = new EnumMap<>(OuraKind.class);

        public Builder(SourceRank rank) {
            this.rank = Objects.requireNonNull(rank);
        }

        /** A batch of the API's own documents. */
        public Builder() {
            this(SourceRank.V2_DOCUMENT);
        }

        /** Whether nothing was added yet. */
        public boolean isEmpty() {
            return dailySleep.isEmpty() && dailyReadiness.isEmpty() && dailyActivity.isEmpty() && sleep.isEmpty()
                    && tags.isEmpty() && enhancedTags.isEmpty() && workouts.isEmpty() && sessions.isEmpty()
                    && spo2.isEmpty() && stress.isEmpty() && resilience.isEmpty() && cardiovascularAge.isEmpty()
                    && vo2Max.isEmpty() && restModePeriods.isEmpty() && heartRate.size() == 0
                    && daytimeStress.size() == 0 && skinTemperature.size() == 0 && others.isEmpty();
        }

        public Builder add(DailySleep r) {
            dailySleep.add(r);
            return this;
        }

        public Builder add(DailyReadiness r) {
            dailyReadiness.add(r);
            return this;
        }

        public Builder add(DailyActivity r) {
            dailyActivity.add(r);
            return this;
        }

        public Builder add(SleepPeriod r) {
            sleep.add(r);
            return this;
        }

        public Builder add(Tag r) {
            tags.add(r);
            return this;
        }

        public Builder add(EnhancedTag r) {
            enhancedTags.add(r);
            return this;
        }

        public Builder add(Workout r) {
            workouts.add(r);
            return this;
        }

        public Builder add(Session r) {
            sessions.add(r);
            return this;
        }

        public Builder add(DailySpo2 r) {
            spo2.add(r);
            return this;
        }

        public Builder add(DailyStress r) {
            stress.add(r);
            return this;
        }

        public Builder add(DailyResilience r) {
            resilience.add(r);
            return this;
        }

        public Builder add(CardiovascularAge r) {
            cardiovascularAge.add(r);
            return this;
        }

        public Builder add(Vo2Max r) {
            vo2Max.add(r);
            return this;
        }

        public Builder add(RestModePeriod r) {
            restModePeriods.add(r);
            return this;
        }

        /** A row of the Hub's daytime stress series; a missing value is NaN (the row still counts once). */
        public Builder addDaytimeStress(long epochSecond, float stressValue, float recoveryValue) {
            daytimeStress.add(epochSecond, stressValue);
            daytimeRecovery.add(epochSecond, recoveryValue);
            return this;
        }

        /** A row of the Hub's skin temperature series (°C). */
        public Builder addSkinTemperature(long epochSecond, float celsius) {
            skinTemperature.add(epochSecond, celsius);
            return this;
        }

        public Builder addHeartRate(long epochSecond, int bpm, HeartRateSource source) {
            heartRate.add(epochSecond, bpm, source);
            return this;
        }

        /** A record of a kind that is counted but not modelled; {@code key} identifies it for de-duplication. */
        public Builder addOther(OuraKind kind, String key, LocalDate day) {
            others.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, day);
            return this;
        }

        public RecordBatch build() {
            return new RecordBatch(rank, dailySleep, dailyReadiness, dailyActivity, sleep, tags, enhancedTags, workouts,
                    sessions, spo2, stress, resilience, cardiovascularAge, vo2Max, restModePeriods, heartRate.build(),
                    daytimeStress.build(), daytimeRecovery.build(), skinTemperature.build(), others);
        }
    }
}
