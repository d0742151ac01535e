package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic but realistic Oura data set in the Open Humans layout ({@code oura-v2-<kind>.json}
 * arrays of V2 documents). Deterministic: the same settings give the same bytes, which is how the sample
 * bundled with the app ({@code src/main/resources/org/ouraviewer/sample}) is made and checked.
 *
 * <pre>java ... org.ouraviewer.sample.SyntheticData OUT_DIR [START_DAY] [DAYS] [HEART_RATE_SECONDS] [SEED]</pre>
 *
 * The default range holds each special case once: a trip to New York (-05:00) and one to Bangkok
 * (+07:00), the switch to summer time inside the night of 2024-03-31 (Europe/Berlin), naps, a late nap
 * counted for the next day, a rest period, two long sleeps in one night, a day without the ring, null
 * heart-rate and HRV samples, tags, enhanced tags and workouts with null distances.
 */
public final class SyntheticData {
    /** How the bundled sample is made. */
    public static final Settings SAMPLE = new Settings(LocalDate.of(2024, 1, 15), 112, 300, 20240115L);
    public static final List<String> FILES = List.of("oura-v2-daily_activity.json", "oura-v2-daily_readiness.json",
            "oura-v2-daily_sleep.json", "oura-v2-enhanced_tag.json", "oura-v2-heartrate.json", "oura-v2-sleep.json",
            "oura-v2-tag.json", "oura-v2-workout.json");

    /** What to generate: days from {@code start}, heart rate about every {@code heartRateSeconds} while worn. */
    public record Settings(LocalDate start, int days, int heartRateSeconds, long seed) {
    }

    /** Records written per file name. */
    public record Written(Map<String, Integer> records) {
    }

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticData OUT_DIR [START_DAY] [DAYS] [HEART_RATE_SECONDS] [SEED]");
            System.exit(2);
        }
        Settings s = new Settings(args.length > 1 ? LocalDate.parse(args[1]) : SAMPLE.start(),
                args.length > 2 ? Integer.parseInt(args[2]) : SAMPLE.days(),
                args.length > 3 ? Integer.parseInt(args[3]) : SAMPLE.heartRateSeconds(),
                args.length > 4 ? Long.parseLong(args[4]) : SAMPLE.seed());
        Written w = generate(Path.of(args[0]), s);
        w.records().forEach((file, n) -> System.out.printf("%-30s %,10d records%n", file, n));
    }

    /** Writes the data set, {@code index.txt} and {@code README.txt} into {@code dir}. */
    public static Written generate(Path dir, Settings s) throws IOException {
        Files.createDirectories(dir);
        SyntheticPlan plan = new SyntheticPlan(s.start(), s.days(), new Random(s.seed()));
        Map<String, Integer> written = new LinkedHashMap<>();
        Map<SyntheticPlan.Period, int[]> nightHeartRates = new HashMap<>();
        DailyDocuments daily = new DailyDocuments(new Random(s.seed() + 1));
        SleepDocuments sleepDocs = new SleepDocuments(new Random(s.seed() + 2));
        try (JsonArrayFile sleep = new JsonArrayFile(dir.resolve("oura-v2-sleep.json"))) {
            int n = 0;
            for (SyntheticPlan.Period p : plan.periods) {
                ObjectNode readiness = p.main() ? daily.readiness(p.day()) : null;
                SleepDocuments.Night night = sleepDocs.draw(p, readiness, id("sleep", p.day(), p.index()));
                daily.addNight(night);
                nightHeartRates.put(p, night.heartRate5Min());
                sleep.add(night.document());
                n++;
            }
            written.put("oura-v2-sleep.json", n);
        }
        written.put("oura-v2-daily_sleep.json", write(dir, "oura-v2-daily_sleep.json", daily.dailySleep()));
        written.put("oura-v2-daily_readiness.json", write(dir, "oura-v2-daily_readiness.json",
                daily.dailyReadiness()));
        ActivityDocuments activity = new ActivityDocuments(new Random(s.seed() + 3));
        List<ObjectNode> activities = new ArrayList<>();
        for (int i = 0; i < s.days(); i++) {
            if (!SyntheticPlan.noRing(i)) {
                activities.add(activity.day(plan.day(i), SyntheticPlan.zone(i - 1), plan.intervals,
                        id("daily_activity", plan.day(i), 0)));
            }
        }
        written.put("oura-v2-daily_activity.json", write(dir, "oura-v2-daily_activity.json", activities));
        OtherDocuments others = new OtherDocuments(new Random(s.seed() + 4));
        written.put("oura-v2-workout.json", write(dir, "oura-v2-workout.json", others.workouts(plan.workouts)));
        written.put("oura-v2-tag.json", write(dir, "oura-v2-tag.json", others.tags(plan.tags)));
        written.put("oura-v2-enhanced_tag.json", write(dir, "oura-v2-enhanced_tag.json",
                others.enhancedTags(plan.enhancedTags)));
        try (JsonArrayFile hr = new JsonArrayFile(dir.resolve("oura-v2-heartrate.json"))) {
            Instant from = plan.periods.get(0).start().toInstant();
            Instant to = plan.day(s.days()).atStartOfDay(SyntheticPlan.zone(s.days() - 1)).toInstant();
            written.put("oura-v2-heartrate.json", new HeartRateRows(new Random(s.seed() + 5), s.heartRateSeconds())
                    .write(hr, from, to, plan.intervals, nightHeartRates));
        }
        Files.writeString(dir.resolve("index.txt"), String.join("\n", FILES) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.txt"), readme(s), StandardCharsets.UTF_8);
        return new Written(written);
    }

    static String id(String kind, LocalDate day, int n) {
        return "synthetic-" + kind + "-" + day + (n == 0 ? "" : "-" + n);
    }

    private static int write(Path dir, String name, List<ObjectNode> documents) throws IOException {
        try (JsonArrayFile f = new JsonArrayFile(dir.resolve(name))) {
            for (ObjectNode d : documents) {
                f.add(d);
            }
        }
        return documents.size();
    }

    private static String readme(Settings s) {
        return """
                SYNTHETIC SAMPLE DATA - not from any real person or ring.

                These files imitate an Oura data set as Open Humans' "Oura Connect" stores it (one
                oura-v2-<kind>.json array of Oura API v2 documents per kind) so that Oura Viewer can be tried
                without an Oura account. Every record id starts with "synthetic-".

                They are generated by org.ouraviewer.sample.SyntheticData (test code of this project) with
                start %s, %d days, heart rate every ~%d s, seed %d; a test regenerates them and checks the
                bytes, so do not edit them by hand: change the generator and regenerate.

                What is inside: a trip to New York (-05:00) and one to Bangkok (+07:00), the switch to
                summer time inside the night of 2024-03-31 (Europe/Berlin), naps, a late nap after 18:00
                that counts for the next day, a rest period, a night split into two long sleeps, a day
                without the ring, null heart-rate and HRV samples, tags, enhanced tags and workouts.
                """.formatted(s.start(), s.days(), s.heartRateSeconds(), s.seed());
    }
}
