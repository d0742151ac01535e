package org.ouraviewer.fetch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Runs a fetch into a folder: the entry point shared by the window and the command line.
 */
public final class Fetch {
    private Fetch() {
    }

    /**
     * Downloads and saves, kind after kind (or file after file). Kinds saved before a failure stay saved;
     * the kind being downloaded when it fails keeps its old file. One fetch at a time writes into a folder:
     * this waits while another holds it.
     *
     * @throws FetchException        refused token, or a network or server failure after retries; the
     *                               message says what to do and never holds the token
     * @throws IOException           the folder could not be written
     * @throws CancellationException when {@code cancelled} turns true or the thread is interrupted
     */
    public static FetchResult run(FetchRequest request, Path folder, FetchProgress progress,
                                  BooleanSupplier cancelled) throws IOException {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(
                min(Duration.ofSeconds(20), request.retryPolicy().requestTimeout()));
        try (FolderStore store = FolderStore.open(folder,
                () -> progress.note("waiting for another fetch into " + folder + " to finish"))) {
            return switch (request.source()) {
                // The Oura token rides in a header: never follow a redirect that could carry it elsewhere.
                case OURA -> new OuraFetch(request, client.followRedirects(HttpClient.Redirect.NEVER).build(),
                        progress, cancelled).run(store);
                // Open Humans' download links redirect to the storage that holds the file.
                case OPEN_HUMANS -> new OpenHumansFetch(request,
                        client.followRedirects(HttpClient.Redirect.NORMAL).build(), progress, cancelled).run(store);
            };
        } catch (IOException e) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("fetch cancelled");
            }
            throw e;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
