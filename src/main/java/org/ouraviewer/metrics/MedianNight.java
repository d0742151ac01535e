package org.ouraviewer.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SampleSeries;
import org.ouraviewer.model.SleepPeriod;

/**
 * The median night (CLI.md, <i>median-night</i>): nights aligned by sleep onset in 5-minute bins.
 *
 * <ul>
 * <li>Each heart-rate and HRV sample goes to bin ⌊(sample time − bedtime_start) / 300 s⌋, the sample time
 *     from its own series' {@code timestamp} and {@code interval} (which need not be the bedtime); null
 *     samples are left out, and so are samples before the onset or past the last bin.</li>
 * <li>A night counts once per bin: where it has several samples in one bin (a series sampled more often
 *     than every 5 minutes, or offset from the bins), their mean is its value there.</li>
 * <li>There are as many bins as the longest night needs: ⌈(bedtime_end − bedtime_start) / 300 s⌉, from
 *     the instants, so a daylight-saving change inside a night changes nothing.</li>
 * </ul>
 * Time: linear in the samples plus a sort per bin; 2,000 nights take a few milliseconds.
 */
public final class MedianNight {
    public static final int BIN_SECONDS = 300;
    /** Fewer nights with a value in a bin leave its median and quartiles empty. */
    public static final int MIN_NIGHTS = 3;
    private static final long BIN_MILLIS = BIN_SECONDS * 1000L;

    private final int nights;
    private final BinStats heartRate;
    private final BinStats hrv;
    private final PhaseShares phases;

    private MedianNight(int nights, BinStats heartRate, BinStats hrv, PhaseShares phases) {
        this.nights = nights;
        this.heartRate = heartRate;
        this.hrv = hrv;
        this.phases = phases;
    }

    /**
     * The main sleeps of the days from {@code from} to {@code to} (null: no bound), in day order; with
     * {@code tagDays}, only those of the days right after a tag day (tag day + 1).
     */
    public static List<SleepPeriod> nights(OuraData data, LocalDate from, LocalDate to, Set<LocalDate> tagDays) {
        List<SleepPeriod> out = new ArrayList<>();
        for (LocalDate day : data.sleepDays()) {
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))
                    || (tagDays != null && !tagDays.contains(day.minusDays(1)))) {
                continue;
            }
            data.mainSleep(day).ifPresent(out::add);
        }
        return out;
    }

    /** The median night of {@code nights} (main sleeps, see {@link #nights}). */
    public static MedianNight of(List<SleepPeriod> nights) {
        int n = nights.size();
        int bins = 0;
        for (SleepPeriod p : nights) {
            long millis = p.length().toMillis();
            bins = (int) Math.max(bins, Math.max(0, (millis + BIN_MILLIS - 1) / BIN_MILLIS));
        }
        return new MedianNight(n, binned(nights, bins, true), binned(nights, bins, false), phases(nights, bins));
    }

    private static BinStats binned(List<SleepPeriod> nights, int bins, boolean heartRate) {
        int stride = nights.size();
        double[] values = new double[bins * stride];
        int[] counts = new int[bins];
        double[] sum = new double[bins];
        int[] inBin = new int[bins];
        for (SleepPeriod night : nights) {
            SampleSeries s = heartRate ? night.heartRate() : night.hrv();
            if (s == null) {
                continue;
            }
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(inBin, 0);
            long startMillis = s.start().toInstant().toEpochMilli() - night.start().toInstant().toEpochMilli();
            for (int i = 0; i < s.size(); i++) {
                if (s.isGap(i)) {
                    continue;
                }
                long offset = startMillis + Math.round(i * s.intervalSeconds() * 1000);
                long bin = Math.floorDiv(offset, BIN_MILLIS);
                if (bin >= 0 && bin < bins) {
                    sum[(int) bin] += s.value(i);
                    inBin[(int) bin]++;
                }
            }
            for (int b = 0; b < bins; b++) {
                if (inBin[b] > 0) {
                    values[b * stride + counts[b]++] = sum[b] / inBin[b];
                }
            }
        }
        return new BinStats(values, stride, counts);
    }

    private static PhaseShares phases(List<SleepPeriod> nights, int bins) {
        int[][] counts = new int[PhaseShares.Phase.values().length][bins];
        int[] withCharacter = new int[bins];
        for (SleepPeriod night : nights) {
            String phases = night.phases5Min();
            if (phases == null) {
                continue;
            }
            int length = Math.min(phases.length(), bins);
            for (int i = 0; i < length; i++) {
                withCharacter[i]++;
                int phase = phases.charAt(i) - '1';
                if (phase >= 0 && phase < counts.length) {
                    counts[phase][i]++;
                }
            }
        }
        return new PhaseShares(counts, withCharacter);
    }

    /** How many nights went in. */
    public int nights() {
        return nights;
    }

    /** How many 5-minute bins, to the longest night's end. */
    public int bins() {
        return phases.bins();
    }

    /** Seconds from onset to the start of {@code bin}. */
    public long offsetSeconds(int bin) {
        return (long) bin * BIN_SECONDS;
    }

    public BinStats heartRate() {
        return heartRate;
    }

    public BinStats hrv() {
        return hrv;
    }

    public PhaseShares phases() {
        return phases;
    }
}
