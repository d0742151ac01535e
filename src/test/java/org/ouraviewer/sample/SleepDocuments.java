package org.ouraviewer.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Random;

/**
 * The {@code sleep} document of a planned period. The night is drawn at 30 s resolution (sleep cycles
 * of about 90 minutes: light, deep early in the night, REM later, brief awakenings), and every number
 * of the document is counted from that drawing, so they agree as Oura's do: total = deep + light +
 * REM, time in bed = total + awake = the length between the instants, one phase character per 5 min.
 */
final class SleepDocuments {
    static final char DEEP = '1';
    static final char LIGHT = '2';
    static final char REM = '3';
    static final char AWAKE = '4';

    /** The numbers of a drawn period that the daily documents are built from. */
    record Night(SyntheticPlan.Period period, ObjectNode document, int totalSleep, int timeInBed, int efficiency,
                 int deep, int rem, int latency, int lowestHeartRate, double averageHrv, int[] heartRate5Min) {
    }

    private final Random random;

    SleepDocuments(Random random) {
        this.random = random;
    }

    Night draw(SyntheticPlan.Period p, ObjectNode readiness, String id) {
        int timeInBed = (int) Duration.between(p.start(), p.end()).getSeconds();
        char[] epochs = hypnogram(timeInBed / 30, p.type().equals("rest"));
        int deep = count(epochs, DEEP) * 30;
        int light = count(epochs, LIGHT) * 30;
        int rem = count(epochs, REM) * 30;
        int total = deep + light + rem;
        int latency = 0;
        while (latency < epochs.length && epochs[latency] == AWAKE) {
            latency++;
        }
        int slots = (timeInBed + 299) / 300;
        String phases = phases(epochs, slots);
        int[] bpm = new int[slots];
        ArrayNode hr = JsonArrayFile.array();
        ArrayNode hrv = JsonArrayFile.array();
        int resting = 50 + random.nextInt(8);
        int lowest = Integer.MAX_VALUE;
        double hrSum = 0;
        double hrvSum = 0;
        int hrCount = 0;
        int hrvCount = 0;
        for (int i = 0; i < slots; i++) {
            double depth = Math.sin(Math.PI * i / Math.max(1, slots - 1));
            char phase = phases.charAt(i);
            int b = (int) Math.round(resting + 9 - 8 * depth + (phase == AWAKE ? 6 : phase == REM ? 3 : 0)
                    + random.nextGaussian() * 1.5);
            bpm[i] = b;
            boolean hrGap = random.nextInt(30) == 0 || p.looseRing() && i >= 20 && i < 44;
            if (hrGap) {
                hr.addNull();
            } else {
                hr.add(JsonArrayFile.decimal(b, 1));
                lowest = Math.min(lowest, b);
                hrSum += b;
                hrCount++;
            }
            if (hrGap || p.allNullHrv() || random.nextInt(20) == 0) {
                hrv.addNull();
            } else {
                int v = (int) Math.max(8, Math.round(105 - b + random.nextGaussian() * 6));
                hrv.add(JsonArrayFile.decimal(v, 1));
                hrvSum += v;
                hrvCount++;
            }
        }
        boolean shortNap = timeInBed < 30 * 60;
        ObjectNode d = JsonArrayFile.object();
        d.put("id", id);
        d.put("average_breath", hrCount == 0 ? null : JsonArrayFile.decimal(13.5 + random.nextInt(9) * 0.25, 3));
        d.put("average_heart_rate", hrCount == 0 ? null : JsonArrayFile.decimal(hrSum / hrCount, 3));
        if (hrvCount == 0) {
            d.putNull("average_hrv");
        } else {
            d.put("average_hrv", Math.round(hrvSum / hrvCount));
        }
        d.put("awake_time", timeInBed - total);
        d.put("bedtime_end", JsonArrayFile.time(p.end()));
        d.put("bedtime_start", JsonArrayFile.time(p.start()));
        d.put("day", p.day().toString());
        d.put("deep_sleep_duration", deep);
        int efficiency = (int) Math.round(100.0 * total / timeInBed);
        d.put("efficiency", efficiency);
        // short naps come without heart-rate series in real data
        d.set("heart_rate", shortNap ? null : JsonArrayFile.series(300, hr, p.start()));
        d.set("hrv", shortNap ? null : JsonArrayFile.series(300, hrv, p.start()));
        d.put("latency", latency * 30);
        d.put("light_sleep_duration", light);
        d.put("low_battery_alert", false);
        if (hrCount == 0) {
            d.putNull("lowest_heart_rate");
        } else {
            d.put("lowest_heart_rate", lowest);
        }
        d.put("movement_30_sec", movement(epochs));
        d.put("period", p.main() ? 0 : 1);
        d.set("readiness", readiness);
        d.put("readiness_score_delta", p.main() ? 0 : null);
        d.put("rem_sleep_duration", rem);
        d.put("restless_periods", random.nextInt(200) + 40);
        d.put("sleep_algorithm_version", "v2");
        d.put("sleep_phase_5_min", phases);
        d.put("sleep_score_delta", p.main() ? 0 : null);
        d.put("time_in_bed", timeInBed);
        d.put("total_sleep_duration", total);
        d.put("type", p.type());
        return new Night(p, d, total, timeInBed, efficiency, deep, rem, latency * 30,
                hrCount == 0 ? 0 : lowest, hrvCount == 0 ? 0 : hrvSum / hrvCount, bpm);
    }

    /** One state per 30 s epoch. */
    private char[] hypnogram(int n, boolean rest) {
        char[] e = new char[n];
        int i = 0;
        int latency = Math.min(n / 4, rest ? 20 : 4 + random.nextInt(30));
        while (i < latency) {
            e[i++] = AWAKE;
        }
        int cycle = 0;
        while (i < n) {
            i = fill(e, i, LIGHT, 24 + random.nextInt(30));
            i = fill(e, i, DEEP, rest ? 0 : Math.max(0, 70 - cycle * 18 + random.nextInt(20)));
            i = fill(e, i, LIGHT, 14 + random.nextInt(30));
            if (random.nextInt(3) == 0) {
                i = fill(e, i, AWAKE, 2 + random.nextInt(8));
            }
            i = fill(e, i, REM, rest ? 0 : 16 + cycle * 10 + random.nextInt(16));
            cycle++;
        }
        for (int j = Math.max(latency, n - 6 - random.nextInt(12)); j < n; j++) {
            e[j] = AWAKE;
        }
        return e;
    }

    private static int fill(char[] e, int from, char state, int epochs) {
        int to = Math.min(e.length, from + epochs);
        for (int i = from; i < to; i++) {
            e[i] = state;
        }
        return to;
    }

    /** The 5-minute phase of each slot: the state held longest within it (awake when the slot is empty). */
    private static String phases(char[] epochs, int slots) {
        StringBuilder sb = new StringBuilder(slots);
        for (int s = 0; s < slots; s++) {
            int[] counts = new int[5];
            for (int i = s * 10; i < Math.min(epochs.length, s * 10 + 10); i++) {
                counts[epochs[i] - '0']++;
            }
            char best = AWAKE;
            int max = 0;
            for (char c = DEEP; c <= AWAKE; c++) {
                if (counts[c - '0'] > max) {
                    max = counts[c - '0'];
                    best = c;
                }
            }
            sb.append(best);
        }
        return sb.toString();
    }

    private String movement(char[] epochs) {
        StringBuilder sb = new StringBuilder(epochs.length);
        for (char c : epochs) {
            int r = random.nextInt(10);
            sb.append(switch (c) {
                case AWAKE -> r < 4 ? '3' : r < 7 ? '4' : '2';
                case DEEP -> '1';
                case REM -> r < 8 ? '1' : '2';
                default -> r < 7 ? '1' : r < 9 ? '2' : '3';
            });
        }
        return sb.toString();
    }

    private static int count(char[] e, char state) {
        int n = 0;
        for (char c : e) {
            if (c == state) {
                n++;
            }
        }
        return n;
    }
}
