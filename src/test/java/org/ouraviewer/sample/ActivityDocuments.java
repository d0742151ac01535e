package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/**
 * The {@code daily_activity} document of a day: 288 five-minute classes from 04:00 local time, MET each
 * minute, and the times, MET minutes, steps and calories counted from them (so they agree).
 */
final class ActivityDocuments {
    private static final int SLOTS = 288;
    private final Random random;

    ActivityDocuments(Random random) {
        this.random = random;
    }

    ObjectNode day(LocalDate day, ZoneId zone, List<SyntheticPlan.Interval> intervals, String id) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(4, 0), zone);
        StringBuilder classes = new StringBuilder(SLOTS);
        ArrayNode met = JsonArrayFile.array();
        int[] seconds = new int[6];
        double[] metMinutes = new double[6];
        int steps = 0;
        double activeCalories = 0;
        int cursor = 0;
        for (int s = 0; s < SLOTS; s++) {
            Instant t = start.toInstant().plusSeconds(s * 300L);
            while (cursor < intervals.size() && !intervals.get(cursor).end().isAfter(t)) {
                cursor++;
            }
            char c = slotClass(t, intervals, cursor);
            classes.append(c);
            int k = c - '0';
            seconds[k] += 300;
            steps += switch (k) {
                case 2 -> random.nextInt(15);
                case 3 -> 80 + random.nextInt(140);
                case 4 -> 380 + random.nextInt(220);
                case 5 -> 650 + random.nextInt(250);
                default -> 0;
            };
            for (int m = 0; m < 5; m++) {
                double v = switch (k) {
                    case 0, 1 -> 0.9 + random.nextInt(2) * 0.1;
                    case 2 -> 1.1 + random.nextInt(4) * 0.1;
                    case 3 -> 1.6 + random.nextInt(13) * 0.1;
                    case 4 -> 3.0 + random.nextInt(26) * 0.1;
                    default -> 6.0 + random.nextInt(30) * 0.1;
                };
                met.add(JsonArrayFile.decimal(v, 1));
                metMinutes[k] += v;
                activeCalories += Math.max(0, v - 1) * 1.15;
            }
        }
        ObjectNode d = JsonArrayFile.object();
        d.put("id", id);
        d.put("class_5_min", classes.toString());
        d.put("score", Math.min(99, 55 + steps / 400 + random.nextInt(8)));
        d.put("active_calories", Math.round(activeCalories));
        d.put("average_met_minutes", JsonArrayFile.decimal(sum(metMinutes) / (SLOTS * 5), 4));
        ObjectNode contributors = d.putObject("contributors");
        contributors.put("meet_daily_targets", 40 + random.nextInt(60));
        contributors.put("move_every_hour", 60 + random.nextInt(41));
        contributors.put("recovery_time", 70 + random.nextInt(31));
        contributors.put("stay_active", 50 + random.nextInt(50));
        contributors.put("training_frequency", 50 + random.nextInt(51));
        contributors.put("training_volume", 50 + random.nextInt(51));
        d.put("equivalent_walking_distance", Math.round(steps * 0.75));
        d.put("high_activity_met_minutes", Math.round(metMinutes[5]));
        d.put("high_activity_time", seconds[5]);
        d.put("inactivity_alerts", random.nextInt(3));
        d.put("low_activity_met_minutes", Math.round(metMinutes[3]));
        d.put("low_activity_time", seconds[3]);
        d.put("medium_activity_met_minutes", Math.round(metMinutes[4]));
        d.put("medium_activity_time", seconds[4]);
        d.set("met", JsonArrayFile.series(60, met, start));
        d.put("meters_to_target", Math.max(0, 10000 - Math.round(steps * 0.75)));
        d.put("non_wear_time", seconds[0]);
        d.put("resting_time", seconds[1]);
        d.put("sedentary_met_minutes", Math.round(metMinutes[2]));
        d.put("sedentary_time", seconds[2]);
        d.put("steps", steps);
        d.put("target_calories", 500);
        d.put("target_meters", 10000);
        d.put("total_calories", Math.round(activeCalories) + 1650);
        d.put("day", day.toString());
        d.put("timestamp", JsonArrayFile.time(start));
        return d;
    }

    private char slotClass(Instant t, List<SyntheticPlan.Interval> intervals, int from) {
        for (int i = from; i < intervals.size() && !intervals.get(i).start().isAfter(t); i++) {
            SyntheticPlan.Interval in = intervals.get(i);
            if (in.end().isAfter(t)) {
                return switch (in.activity()) {
                    case SLEEP, REST -> '1';
                    case NON_WEAR -> '0';
                    case WORKOUT -> in.workout().intensity().equals("hard") ? '5' : '4';
                };
            }
        }
        int r = random.nextInt(100);
        return r < 3 ? '1' : r < 58 ? '2' : r < 92 ? '3' : '4';
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
