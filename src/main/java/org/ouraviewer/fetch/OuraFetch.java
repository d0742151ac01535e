package org.ouraviewer.fetch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.ouraviewer.model.OuraKind;

/**
 * A fetch from Oura's API v2: every route of {@link OuraRoutes#FETCHED}, each into
 * {@code oura-v2-<route>.json}. A folder file that cannot be read keeps its kind from being fetched (and
 * is reported); the other kinds go on.
 */
final class OuraFetch {
    private final FetchRequest request;
    private final FetchProgress progress;
    private final RetryingSender sender;
    private final OuraApiClient client;

    OuraFetch(FetchRequest request, HttpClient http, FetchProgress progress, BooleanSupplier cancelled) {
        this.request = request;
        this.progress = progress;
        this.sender = new RetryingSender(http, request.retryPolicy(), "Oura", OuraFetch::refusal, progress,
                cancelled);
        this.client = new OuraApiClient(request.base(), request.tokens(), sender, request.zone(), progress);
    }

    FetchResult run(FolderStore store) throws IOException {
        List<SavedFile> saved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<FetchResult.Problem> problems = new ArrayList<>();
        // An expired sign-in is renewed (or refused) before anything is asked or written.
        request.tokens().current();
        String granted = request.tokens().grantedScope().orElse(null);
        progress.planned(OuraRoutes.FETCHED.stream().map(OuraKind::route).toList());
        for (OuraKind kind : OuraRoutes.FETCHED) {
            sender.checkCancelled();
            if (!OuraScopes.covers(granted, kind)) {
                skipped.add(kind.route() + " (not granted: tick \"" + OuraScopes.of(kind) + "\" when signing in)");
                progress.skipped(kind.route(), OuraScopes.notGranted(kind));
                continue;
            }
            progress.started(kind.route());
            String name = "oura-v2-" + kind.route() + ".json";
            try {
                DateRange range = rangeFor(kind, store.folder().resolve(name));
                SavedFile file = store.saveMerged(kind.route(), name, kind, sink -> client.fetch(kind, range, sink));
                if (file == null) {
                    progress.skipped(kind.route(), "nothing in these days");
                } else {
                    saved.add(file);
                    progress.saved(file);
                }
            } catch (FetchException e) {
                if (e.reason() == FetchException.Reason.NOT_FOUND) {
                    skipped.add(kind.route() + " (not offered by this server)");
                    progress.skipped(kind.route(), "not offered by this server");
                } else if (e.reason() == FetchException.Reason.LOCAL_FILE) {
                    problems.add(new FetchResult.Problem(kind.route(), e.getMessage(), true));
                    progress.skipped(kind.route(), "not fetched: the folder's file could not be read");
                } else {
                    throw e;
                }
            }
        }
        return new FetchResult(store.folder(), saved, skipped, problems);
    }

    /**
     * The days to ask for {@code kind}: the request's, or for a quick sync of a kind the folder holds, from
     * its last day less {@link FetchRequest#REVISED_DAYS} days. Reading the file also finds out, before any
     * download, whether it can be merged with at all.
     */
    private DateRange rangeFor(OuraKind kind, Path file) throws IOException {
        DateRange asked = request.range();
        if (!Files.isRegularFile(file)) {
            return asked;
        }
        Optional<LocalDate> last = SavedDays.last(file, kind, request.zone());
        if (!request.sinceLastDay() || last.isEmpty()) {
            return asked;
        }
        LocalDate from = last.get().minusDays(FetchRequest.REVISED_DAYS);
        if (from.isAfter(asked.end())) {
            from = asked.end();
        }
        return from.isAfter(asked.start()) ? new DateRange(from, asked.end()) : asked;
    }

    /** What to do when Oura refuses; null for statuses that are not refusals. */
    static String refusal(int status) {
        return switch (status) {
            case 401 -> "Oura refused the access token (HTTP 401): it has expired or is wrong. Sign in again"
                    + " (oura-viewer login) or get a new access token, then fetch again.";
            case 403 -> "Oura refused access (HTTP 403): the token lacks a permission (scope) for this data,"
                    + " or the Oura membership has lapsed (without one the API refuses everything). Grant all"
                    + " permissions when signing in, or renew the membership; the export ZIP from the Oura"
                    + " Membership Hub needs no membership and opens here as it is.";
            case 426 -> "Oura refused the request (HTTP 426): the Oura app on the phone is too old. Update the"
                    + " Oura app, open it once to sync, then fetch again.";
            default -> null;
        };
    }
}
