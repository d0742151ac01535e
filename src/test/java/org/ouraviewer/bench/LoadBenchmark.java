package org.ouraviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.sample.SyntheticData;

/**
 * The load benchmark (not a test: timings depend on the machine). Writes five years of synthetic data
 * (heart rate about every 66 s while worn, a third of the awake readings missing: about 1.8 million rows, one every ~87 s on average; ~140 MB of JSON) with the sample's
 * generator, then loads it a few times in this JVM and prints the times. {@code bench/run.sh} also
 * times the packaged launcher as a whole process; see {@code bench/README.md}.
 *
 * <pre>java -cp ... org.ouraviewer.bench.LoadBenchmark [DIR] [ROUNDS]</pre>
 */
public final class LoadBenchmark {
    public static final SyntheticData.Settings FIVE_YEARS = new SyntheticData.Settings(LocalDate.of(2020, 1, 1),
            5 * 365 + 1, 66, 5L);

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path marker = dir.resolve(".settings");
        String settings = FIVE_YEARS.toString();
        if (!Files.exists(marker) || !Files.readString(marker).equals(settings)) {
            long t0 = System.nanoTime();
            SyntheticData.Written w = SyntheticData.generate(dir, FIVE_YEARS);
            Files.writeString(marker, settings);
            System.out.printf("generated %s in %.1f s: %s%n", dir, (System.nanoTime() - t0) / 1e9, w.records());
        }
        try (var files = Files.list(dir)) {
            long bytes = files.filter(f -> f.toString().endsWith(".json")).mapToLong(f -> f.toFile().length()).sum();
            System.out.printf("%s: %.1f MB of JSON%n", dir, bytes / 1e6);
        }
        for (int i = 1; i <= rounds; i++) {
            long t0 = System.nanoTime();
            LoadResult r = DataLoader.load(List.of(dir));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("round %d: %d ms, %,d heart-rate rows, %d sleep periods, %d failed, heap used %d MB%n",
                    i, ms, r.data().recordCounts().getOrDefault(OuraKind.HEARTRATE, 0),
                    r.data().recordCounts().getOrDefault(OuraKind.SLEEP, 0), r.failedCount(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
