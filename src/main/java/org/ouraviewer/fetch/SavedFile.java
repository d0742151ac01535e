package org.ouraviewer.fetch;

import java.nio.file.Path;

/**
 * One file written by a fetch.
 *
 * @param name     the kind's route or the Open Humans basename
 * @param received documents in the download (after keeping only the days asked), without duplicates
 * @param added    documents the file did not hold before
 * @param total    documents in the file now; -1 for a file kept as received (not an array)
 */
public record SavedFile(String name, Path path, int received, int added, int total) {
}
