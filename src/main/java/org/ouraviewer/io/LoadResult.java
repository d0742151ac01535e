package org.ouraviewer.io;

import java.util.List;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.RecordBatch;

/**
 * What a load gave: the merged data, a report per file (the load report), and the batches the data was
 * merged from, so that opening more files merges with them instead of reading everything again.
 */
public record LoadResult(OuraData data, List<FileReport> files, List<RecordBatch> batches) {
    public static final LoadResult EMPTY = new LoadResult(OuraData.EMPTY, List.of(), List.of());

    public LoadResult {
        files = List.copyOf(files);
        batches = List.copyOf(batches);
    }

    public long failedCount() {
        return files.stream().filter(FileReport::failed).count();
    }
}
