package org.ouraviewer.fetch;

import java.time.Duration;
import java.util.List;

/**
 * What a fetch reports while it runs, one kind (or Open Humans file) at a time. Called on the fetching
 * thread; a UI hands the calls over to its own thread.
 */
public interface FetchProgress {
    FetchProgress NONE = new FetchProgress() {
    };

    /** The fetch will go through these names, in this order (API routes, or Open Humans basenames). */
    default void planned(List<String> names) {
    }

    default void started(String name) {
    }

    /** {@code records} documents of {@code name} received so far. */
    default void received(String name, int records) {
    }

    default void saved(SavedFile file) {
    }

    /** A request is repeated after {@code delay} because of {@code why} (rate limit, server error, network). */
    default void waiting(String why, Duration delay) {
    }

    /** During a wait announced by {@link #waiting}: {@code left} until the request is repeated (each second). */
    default void waitingLeft(Duration left) {
    }

    /** Something worth a line while the fetch is not moving: renewing the sign-in, waiting for another fetch. */
    default void note(String what) {
    }

    /** {@code name} was not fetched; {@code why} says why in a few words (such as "not offered by the server"). */
    default void skipped(String name, String why) {
    }
}
