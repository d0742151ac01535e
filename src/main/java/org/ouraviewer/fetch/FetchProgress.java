package org.ouraviewer.fetch;

/**
 * What a fetch reports while it runs, one kind (or Open Humans file) at a time. Called on the fetching
 * thread; a UI hands the calls over to its own thread.
 */
public interface FetchProgress {
    FetchProgress NONE = new FetchProgress() {
    };

    /** The fetch will go through these names, in this order (API routes, or Open Humans basenames). */
    default void planned(java.util.List<String> names) {
    }

    default void started(String name) {
    }

    /** {@code records} documents of {@code name} received so far. */
    default void received(String name, int records) {
    }

    default void saved(SavedFile file) {
    }

    /** A request is repeated after {@code delay} because of {@code why} (rate limit, server error, network). */
    default void waiting(String why, java.time.Duration delay) {
    }

    /** {@code name} was not fetched; {@code why} says why in a few words (such as "not offered by the server"). */
    default void skipped(String name, String why) {
    }
}
