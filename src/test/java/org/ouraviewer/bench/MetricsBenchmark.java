package org.ouraviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.metrics.DayMetric;
import org.ouraviewer.metrics.DayMetrics;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.TagDays;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.metrics.TagEffects;
import org.ouraviewer.metrics.Trend;
import org.ouraviewer.model.FloatDecimal;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.sample.SyntheticData;

/**
 * The metrics benchmark (not a test: timings depend on the machine). Six years of synthetic data (heart rate
 * rows sparse, since no metric reads them), loaded once; then, each timed in a fresh state and then warm:
 * every metric of every day, every tag effect of every metric, a metric and range switch of the Trends tab
 * (one {@link Trend}), and the median night of 2,000 nights. See {@code bench/README.md}.
 *
 * <pre>java -cp ... org.ouraviewer.bench.MetricsBenchmark [DIR] [ROUNDS]</pre>
 */
public final class MetricsBenchmark {
    public static final SyntheticData.Settings SIX_YEARS = new SyntheticData.Settings(LocalDate.of(2019, 1, 1),
            6 * 365 + 2, 1800, 6L);

    private MetricsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = sixYears(Path.of(args.length > 0 ? args[0] : "target/bench-metrics"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long t0 = System.nanoTime();
        OuraData data = DataLoader.load(List.of(dir)).data();
        System.out.printf("loaded %s in %.0f ms: %d days, %d sleep periods, %d tags, %d enhanced tags%n", dir,
                (System.nanoTime() - t0) / 1e6, data.days().size(), data.sleepDays().size(), data.tags().size(),
                data.enhancedTags().size());

        DayMetrics metrics = time("all 15 metrics of every day (DayMetrics.of)", rounds, () -> DayMetrics.of(data));
        TagDays tags = TagDays.of(data);
        time("tag days of every tag (TagDays.of)", rounds, () -> TagDays.of(data));
        List<TagEffect> all = time("every tag effect of every metric (" + tags.names().size() + " tags)", rounds,
                () -> allEffects(metrics, tags));
        System.out.printf("  %d effects listed%n", all.size());
        time("metrics + tag days + all tag effects, together", rounds,
                () -> allEffects(DayMetrics.of(data), TagDays.of(data)));

        Random random = new Random(1);
        LocalDate first = metrics.firstDay();
        int span = (int) (metrics.lastDay().toEpochDay() - first.toEpochDay());
        time("switch: one metric over all 6 years, window 30", rounds * 10, () -> Trend.of(metrics.series(
                DayMetric.values()[random.nextInt(15)]), first, metrics.lastDay(), 30));
        time("switch: one metric over 90 days, window 7", rounds * 10, () -> {
            LocalDate from = first.plusDays(random.nextInt(span - 90));
            return Trend.of(metrics.series(DayMetric.values()[random.nextInt(15)]), from, from.plusDays(89), 7);
        });

        List<SleepPeriod> nights = MedianNight.nights(data, null, null, null);
        List<SleepPeriod> twoThousand = nights.subList(0, Math.min(2000, nights.size()));
        MedianNight m = time("median night of " + twoThousand.size() + " nights (MedianNight.of)", rounds,
                () -> MedianNight.of(twoThousand));
        System.out.printf("  %d bins; median heart rate at +2 h: %.1f bpm over %d nights%n", m.bins(),
                m.heartRate().median(24), m.heartRate().count(24));
        time("choosing the nights (MedianNight.nights, all " + nights.size() + ")", rounds,
                () -> MedianNight.nights(data, null, null, null));
        samplesAsWritten(rounds);
    }

    /**
     * What reading a series as written costs (issue 17): the sum of 2,000,000 samples, half whole, half with one
     * decimal (the synthetic nights are all whole), widened, through {@link FloatDecimal}, and through text.
     */
    private static void samplesAsWritten(int rounds) {
        float[] samples = new float[2_000_000];
        Random random = new Random(2);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i % 2 == 0 ? 40 + random.nextInt(100) : (400 + random.nextInt(1000)) / 10f;
        }
        time("2,000,000 samples widened ((double) f)", rounds, () -> {
            double sum = 0;
            for (float f : samples) {
                sum += f;
            }
            return sum;
        });
        time("2,000,000 samples as written (FloatDecimal.toDouble)", rounds, () -> {
            double sum = 0;
            for (float f : samples) {
                sum += FloatDecimal.toDouble(f);
            }
            return sum;
        });
        time("2,000,000 samples through text (Float.toString)", Math.max(2, rounds / 5), () -> {
            double sum = 0;
            for (float f : samples) {
                sum += Double.parseDouble(Float.toString(f));
            }
            return sum;
        });
    }

    /** The six years of synthetic data in {@code dir}, written there unless they already are. */
    public static Path sixYears(Path dir) throws IOException {
        Path marker = dir.resolve(".settings");
        if (!Files.exists(marker) || !Files.readString(marker).equals(SIX_YEARS.toString())) {
            SyntheticData.generate(dir, SIX_YEARS);
            Files.writeString(marker, SIX_YEARS.toString());
        }
        return dir;
    }

    private static List<TagEffect> allEffects(DayMetrics metrics, TagDays tags) {
        List<TagEffect> out = new ArrayList<>();
        for (DayMetric metric : DayMetric.values()) {
            out.addAll(TagEffects.of(metrics.series(metric), tags, TagEffects.DEFAULT_LAG));
        }
        return out;
    }

    /**
     * Runs {@code work} {@code rounds} times; prints the first (cold) run, and the median and best of the
     * others, as wall time and as this thread's CPU time (on a busy machine the wall time is mostly waiting).
     */
    public static <T> T time(String what, int rounds, Supplier<T> work) {
        double[] ms = new double[rounds];
        double[] cpu = new double[rounds];
        T result = null;
        for (int i = 0; i < rounds; i++) {
            long c0 = threadCpuNanos();
            long t0 = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threadCpuNanos() - c0) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 1, rounds);
        double[] warmCpu = Arrays.copyOfRange(cpu, 1, rounds);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("%-58s first %7.2f ms (CPU %7.2f), then median %7.3f ms (CPU %7.3f), best %7.3f ms%n",
                what, ms[0], cpu[0], warm[warm.length / 2], warmCpu[warmCpu.length / 2], warm[0]);
        return result;
    }

    /** This thread's CPU time, through reflection: the test code compiles inside the app's module. */
    static long threadCpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime")
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }
}
