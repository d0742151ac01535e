package org.ouraviewer.sample;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The {@code heartrate} rows: one about every {@code interval} seconds while the ring is worn, in UTC as
 * the API gives them, with the source of the moment (sleep, rest, workout, awake). Awake readings are
 * sometimes missing (the ring measures only when the hand is still). Written without a tree per row:
 * the benchmark writes millions.
 */
final class HeartRateRows {
    private final Random random;
    private final int interval;

    HeartRateRows(Random random, int intervalSeconds) {
        this.random = random;
        this.interval = intervalSeconds;
    }

    /** Writes rows from {@code from} to {@code to}; {@code nights} gives the 5-min heart rate of each sleep. */
    int write(JsonArrayFile out, Instant from, Instant to, List<SyntheticPlan.Interval> intervals,
              Map<SyntheticPlan.Period, int[]> nights) throws IOException {
        int rows = 0;
        int cursor = 0;
        StringBuilder sb = new StringBuilder(80);
        int jitter = Math.max(1, interval / 5);
        for (long t = from.getEpochSecond(); t < to.getEpochSecond();
             t += interval - jitter / 2 + random.nextInt(jitter)) {
            while (cursor < intervals.size() && intervals.get(cursor).end().getEpochSecond() <= t) {
                cursor++;
            }
            SyntheticPlan.Interval in = at(t, intervals, cursor);
            String source;
            int bpm;
            if (in == null) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                source = "awake";
                bpm = 68 + random.nextInt(30);
            } else {
                switch (in.activity()) {
                    case NON_WEAR -> {
                        continue;
                    }
                    case SLEEP -> {
                        int[] night = nights.get(in.period());
                        int slot = (int) ((t - in.start().getEpochSecond()) / 300);
                        source = "sleep";
                        bpm = night[Math.min(slot, night.length - 1)] + random.nextInt(5) - 2;
                    }
                    case REST -> {
                        source = "rest";
                        bpm = 58 + random.nextInt(10);
                    }
                    default -> {
                        source = "workout";
                        bpm = (in.workout().intensity().equals("easy") ? 100 : 120) + random.nextInt(45);
                    }
                }
            }
            sb.setLength(0);
            sb.append("{\"bpm\":").append(bpm).append(",\"source\":\"").append(source).append("\",\"timestamp\":\"");
            appendUtc(sb, t);
            sb.append("\"}");
            out.addRaw(sb.toString());
            rows++;
        }
        return rows;
    }

    private static SyntheticPlan.Interval at(long t, List<SyntheticPlan.Interval> intervals, int from) {
        for (int i = from; i < intervals.size() && intervals.get(i).start().getEpochSecond() <= t; i++) {
            if (intervals.get(i).end().getEpochSecond() > t) {
                return intervals.get(i);
            }
        }
        return null;
    }

    private static void appendUtc(StringBuilder sb, long epochSecond) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue()).append('-');
        two(sb, d.getDayOfMonth()).append('T');
        two(sb, d.getHour()).append(':');
        two(sb, d.getMinute()).append(':');
        two(sb, d.getSecond()).append("+00:00");
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
