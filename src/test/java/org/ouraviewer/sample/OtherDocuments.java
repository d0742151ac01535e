package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The {@code workout}, {@code tag} and {@code enhanced_tag} documents of the plan. */
final class OtherDocuments {
    private final Random random;
    private final Map<String, Integer> perDay = new HashMap<>();

    OtherDocuments(Random random) {
        this.random = random;
    }

    List<ObjectNode> workouts(List<SyntheticPlan.Workout> workouts) {
        List<ObjectNode> out = new ArrayList<>();
        for (SyntheticPlan.Workout w : workouts) {
            double minutes = Duration.between(w.start(), w.end()).toMinutes();
            double perMinute = switch (w.activity()) {
                case "walking" -> 4.5;
                case "running" -> 11.5;
                default -> 8.0;
            } * (w.intensity().equals("hard") ? 1.3 : w.intensity().equals("easy") ? 0.8 : 1.0);
            double metresPerMinute = w.activity().equals("running") ? 170 : 330;
            ObjectNode d = JsonArrayFile.object();
            d.put("id", next("workout", w.day()));
            d.put("activity", w.activity());
            d.put("calories", JsonArrayFile.decimal(minutes * perMinute * (0.9 + random.nextDouble() * 0.2), 3));
            d.put("day", w.day().toString());
            d.put("distance", w.withDistance()
                    ? JsonArrayFile.decimal(minutes * metresPerMinute * (0.85 + random.nextDouble() * 0.3), 1) : null);
            d.put("end_datetime", JsonArrayFile.time(w.end()));
            d.put("intensity", w.intensity());
            d.putNull("label");
            d.put("source", w.source());
            d.put("start_datetime", JsonArrayFile.time(w.start()));
            out.add(d);
        }
        return out;
    }

    List<ObjectNode> tags(List<SyntheticPlan.TagEntry> tags) {
        List<ObjectNode> out = new ArrayList<>();
        for (SyntheticPlan.TagEntry t : tags) {
            ObjectNode d = JsonArrayFile.object();
            d.put("id", next("tag", t.day()));
            d.put("day", t.day().toString());
            d.put("text", t.text());
            d.put("timestamp", JsonArrayFile.time(t.time()));
            ArrayNode codes = d.putArray("tags");
            t.codes().forEach(codes::add);
            out.add(d);
        }
        return out;
    }

    List<ObjectNode> enhancedTags(List<SyntheticPlan.EnhancedTagEntry> tags) {
        List<ObjectNode> out = new ArrayList<>();
        for (SyntheticPlan.EnhancedTagEntry t : tags) {
            ObjectNode d = JsonArrayFile.object();
            d.put("id", next("enhanced_tag", t.startDay()));
            d.put("tag_type_code", t.code());
            d.put("start_time", JsonArrayFile.time(t.start()));
            d.put("end_time", t.end() == null ? null : JsonArrayFile.time(t.end()));
            d.put("start_day", t.startDay().toString());
            d.put("end_day", t.end() == null ? null : t.end().toLocalDate().toString());
            d.put("comment", t.comment());
            d.put("custom_name", t.customName());
            out.add(d);
        }
        return out;
    }

    /** Ids numbered within a day: {@code synthetic-tag-2024-02-10-2}. */
    private String next(String kind, LocalDate day) {
        int n = perDay.merge(kind + day, 1, Integer::sum);
        return SyntheticData.id(kind, day, n);
    }
}
