package org.ouraviewer.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records read from one file, before merging. Files overlap (Open Humans repeats records across
 * yearly windows, users open the same export twice), so batches are merged by {@link OuraData#merge}.
 */
public final class RecordBatch {
    final boolean fromV1;
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
    final HeartRateSamples heartRate;
    /** Kinds the viewer counts but does not show: key (id or content) to the day, which may be null. */
    final Map<OuraKind, Map<String, LocalDate>> others;

    private RecordBatch(Builder b) {
        fromV1 = b.fromV1;
        dailySleep = List.copyOf(b.dailySleep);
        dailyReadiness = List.copyOf(b.dailyReadiness);
        dailyActivity = List.copyOf(b.dailyActivity);
        sleep = List.copyOf(b.sleep);
        tags = List.copyOf(b.tags);
        enhancedTags = List.copyOf(b.enhancedTags);
        workouts = List.copyOf(b.workouts);
        sessions = List.copyOf(b.sessions);
        spo2 = List.copyOf(b.spo2);
        stress = List.copyOf(b.stress);
        heartRate = b.heartRate.build();
        Map<OuraKind, Map<String, LocalDate>> o = new EnumMap<>(OuraKind.class);
        b.others.forEach((k, v) -> o.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        others = Collections.unmodifiableMap(o);
    }

    public boolean fromV1() {
        return fromV1;
    }

    /** Records in this batch (heart-rate rows after removing duplicates within the file). */
    public int recordCount() {
        int n = dailySleep.size() + dailyReadiness.size() + dailyActivity.size() + sleep.size() + tags.size()
                + enhancedTags.size() + workouts.size() + sessions.size() + spo2.size() + stress.size()
                + heartRate.size();
        for (Map<String, LocalDate> m : others.values()) {
            n += m.size();
        }
        return n;
    }

    /** Collects the records of one file. Not thread-safe; one per file. */
    public static final class Builder {
        private final boolean fromV1;
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
        private final HeartRateSamples.Builder heartRate = new HeartRateSamples.Builder();
        private final Map<OuraKind, Map<String, LocalDate>> others = new EnumMap<>(OuraKind.class);

        public Builder(boolean fromV1) {
            this.fromV1 = fromV1;
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
            return new RecordBatch(this);
        }
    }
}
