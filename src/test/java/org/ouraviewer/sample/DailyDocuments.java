package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The {@code daily_sleep} and {@code daily_readiness} documents, one per day with a main sleep. The
 * sleep score follows the night's numbers; readiness is embedded in the main period and repeated in
 * {@code daily_readiness}, as the API does.
 */
final class DailyDocuments {
    private final Random random;
    private final Map<LocalDate, ObjectNode> readiness = new TreeMap<>();
    private final Map<LocalDate, SleepDocuments.Night> mainNights = new TreeMap<>();
    private int daysSeen;

    DailyDocuments(Random random) {
        this.random = random;
    }

    /** The readiness of {@code day} as embedded in its main sleep period. */
    ObjectNode readiness(LocalDate day) {
        daysSeen++;
        ObjectNode r = JsonArrayFile.object();
        ObjectNode c = r.putObject("contributors");
        c.put("activity_balance", 70 + random.nextInt(30));
        c.put("body_temperature", 80 + random.nextInt(21));
        // the first two weeks have too little history for an HRV balance
        c.put("hrv_balance", daysSeen <= 14 ? null : 45 + random.nextInt(55));
        c.put("previous_day_activity", 60 + random.nextInt(41));
        c.put("previous_night", 50 + random.nextInt(50));
        c.put("recovery_index", 30 + random.nextInt(71));
        c.put("resting_heart_rate", 60 + random.nextInt(41));
        c.put("sleep_balance", 55 + random.nextInt(45));
        r.put("score", 58 + random.nextInt(40));
        r.put("temperature_deviation", JsonArrayFile.decimal(random.nextGaussian() * 0.2, 2));
        r.put("temperature_trend_deviation", JsonArrayFile.decimal(random.nextGaussian() * 0.1, 2));
        readiness.put(day, r);
        return r;
    }

    void addNight(SleepDocuments.Night night) {
        if (night.period().main()) {
            mainNights.put(night.period().day(), night);
        }
    }

    List<ObjectNode> dailySleep() {
        List<ObjectNode> out = new ArrayList<>();
        mainNights.forEach((day, n) -> {
            double hours = n.totalSleep() / 3600.0;
            ObjectNode d = JsonArrayFile.object();
            d.put("id", SyntheticData.id("daily_sleep", day, 0));
            ObjectNode c = d.putObject("contributors");
            c.put("deep_sleep", clamp(n.deep() / 54));
            c.put("efficiency", clamp((n.efficiency() - 60) * 3));
            c.put("latency", clamp(100 - Math.abs(n.latency() - 900) / 30));
            c.put("rem_sleep", clamp(n.rem() / 63));
            c.put("restfulness", 55 + random.nextInt(40));
            c.put("timing", 35 + random.nextInt(60));
            c.put("total_sleep", clamp((int) Math.round(hours / 8 * 100)));
            d.put("day", day.toString());
            d.put("score", clamp((int) Math.round(20 + hours * 7 + (n.efficiency() - 80) * 0.8 + random.nextInt(6))));
            d.put("timestamp", day + "T00:00:00+00:00");
            out.add(d);
        });
        return out;
    }

    List<ObjectNode> dailyReadiness() {
        List<ObjectNode> out = new ArrayList<>();
        readiness.forEach((day, r) -> {
            ObjectNode d = JsonArrayFile.object();
            d.put("id", SyntheticData.id("daily_readiness", day, 0));
            d.setAll(r);
            d.put("day", day.toString());
            d.put("timestamp", day + "T00:00:00+00:00");
            out.add(d);
        });
        return out;
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(100, score));
    }
}
