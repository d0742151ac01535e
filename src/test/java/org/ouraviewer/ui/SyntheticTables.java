package org.ouraviewer.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.ouraviewer.model.EnhancedTag;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.Tag;
import org.ouraviewer.model.Workout;

/** Many made-up workouts and tags (fixed seed), to measure the tables at scale. Not sample data. */
public final class SyntheticTables {
    private static final String[] ACTIVITIES = {"walking", "running", "cycling", "strengthTraining", "yoga",
        "hiking", "swimming", "hiit"};
    private static final String[] INTENSITIES = {"easy", "moderate", "hard"};
    private static final String[] CODES = {"tag_generic_nocaffeine", "tag_sleep_alcohol", "tag_sleep_latemeal",
        "tag_generic_jetlag", "tag_generic_sore_throat", "tag_generic_fasting", "custom", null};

    private SyntheticTables() {
    }

    public static OuraData data(int workouts, int tags) {
        Random random = new Random(42);
        RecordBatch.Builder b = new RecordBatch.Builder();
        LocalDate first = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < workouts; i++) {
            LocalDate day = first.plusDays(i / 3);
            ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(3));
            OffsetDateTime start = day.atTime(6 + random.nextInt(14), random.nextInt(60)).atOffset(offset);
            OffsetDateTime end = start.plusMinutes(10 + random.nextInt(110));
            b.add(new Workout("w" + i, day, ACTIVITIES[random.nextInt(ACTIVITIES.length)],
                    INTENSITIES[random.nextInt(3)], random.nextInt(10) == 0 ? null : random.nextDouble() * 800,
                    random.nextBoolean() ? null : random.nextDouble() * 15000, start, end, "confirmed",
                    random.nextInt(20) == 0 ? "Label, " + i : null));
        }
        for (int i = 0; i < tags; i++) {
            LocalDate day = first.plusDays(i);
            OffsetDateTime start = day.atTime(18 + random.nextInt(5), random.nextInt(60)).atOffset(ZoneOffset.UTC);
            String code = CODES[random.nextInt(CODES.length)];
            if (i % 5 == 0) {
                b.add(new Tag("t" + i, day, start, code == null ? List.of() : List.of(code, "tag_generic_tired"),
                        "note " + i));
            } else {
                b.add(new EnhancedTag("e" + i, day, null, code, start, random.nextBoolean() ? null
                        : start.plusMinutes(30 + random.nextInt(600)), code == null ? "comment " + i : "",
                        "custom".equals(code) ? "Ice bath" : null));
            }
        }
        return OuraData.merge(List.of(b.build()));
    }
}
