package org.ouraviewer.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.work.AppThreads;

/**
 * Loads files, folders and zips: finds the files, reads them in parallel (largest first, so the big
 * heart-rate file does not finish last alone), and merges them with what was loaded before.
 */
public final class DataLoader {
    /** Progress in bytes read of bytes to read; called from reading threads. */
    public interface Progress {
        void update(long done, long total);
    }

    private DataLoader() {
    }

    public static LoadResult load(List<Path> paths) {
        return load(paths, LoadResult.EMPTY, (d, t) -> { }, () -> false);
    }

    /**
     * Reads {@code paths} and merges them with {@code previous}.
     *
     * @throws CancellationException when {@code cancelled} turns true; nothing of this load is kept
     */
    public static LoadResult load(List<Path> paths, LoadResult previous, Progress progress, BooleanSupplier cancelled) {
        SourceFinder found = SourceFinder.find(paths);
        List<InputSource> sources = new ArrayList<>(found.sources());
        sources.sort(Comparator.comparingLong(InputSource::size).reversed());
        long total = sources.stream().mapToLong(s -> Math.max(s.size(), 1)).sum();
        AtomicLong done = new AtomicLong();
        int threads = Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = AppThreads.fixedPool("oura-file-reader", threads);
        try {
            List<Future<FileFormats.Result>> futures = new ArrayList<>();
            for (InputSource s : sources) {
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    FileFormats.Result r = FileFormats.read(s);
                    progress.update(done.addAndGet(Math.max(s.size(), 1)), total);
                    return r;
                }));
            }
            // a file read again replaces its line in the report; its records merge, the new ones winning
            Set<String> reread = new HashSet<>();
            sources.forEach(s -> reread.add(s.displayPath()));
            List<FileReport> reports = new ArrayList<>(previous.files().stream()
                    .filter(f -> !reread.contains(f.path())).toList());
            List<RecordBatch> batches = new ArrayList<>(previous.batches());
            List<FileFormats.Result> results = new ArrayList<>();
            for (Future<FileFormats.Result> f : futures) {
                results.add(await(f));
            }
            results.sort(Comparator.comparing(r -> r.report().path()));
            for (FileFormats.Result r : results) {
                reports.add(r.report());
                batches.addAll(r.batches());
            }
            reports.addAll(found.problems());
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            return new LoadResult(OuraData.merge(batches), reports, batches);
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileFormats.Result await(Future<FileFormats.Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
