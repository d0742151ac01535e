package org.ouraviewer.fetch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ouraviewer.model.OuraKind;

/** A fetch from Oura's API v2: every route of {@link OuraRoutes#FETCHED}, each into {@code oura-v2-<route>.json}. */
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
        this.client = new OuraApiClient(request.base(), request.token(), sender, request.zone(), progress);
    }

    FetchResult run(FolderStore store) throws IOException {
        List<SavedFile> saved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        progress.planned(OuraRoutes.FETCHED.stream().map(OuraKind::route).toList());
        for (OuraKind kind : OuraRoutes.FETCHED) {
            sender.checkCancelled();
            progress.started(kind.route());
            try {
                SavedFile file = store.saveMerged(kind.route(), "oura-v2-" + kind.route() + ".json", kind,
                        sink -> client.fetch(kind, request.range(), sink));
                if (file == null) {
                    progress.skipped(kind.route(), "nothing in these days");
                } else {
                    saved.add(file);
                    progress.saved(file);
                }
            } catch (FetchException e) {
                if (e.reason() != FetchException.Reason.NOT_FOUND) {
                    throw e;
                }
                skipped.add(kind.route() + " (not offered by this server)");
                progress.skipped(kind.route(), "not offered by this server");
            }
        }
        return new FetchResult(store.folder(), saved, skipped);
    }

    /** What to do when Oura refuses; null for statuses that are not refusals. */
    static String refusal(int status) {
        return switch (status) {
            case 401 -> "Oura refused the token (HTTP 401): it has expired or is wrong. Get a new access token"
                    + " and fetch again.";
            case 403 -> "Oura refused access (HTTP 403): the token lacks a permission (scope) for this data,"
                    + " or the Oura membership has lapsed. Grant all scopes when getting the token, or renew"
                    + " the membership.";
            case 426 -> "Oura refused the request (HTTP 426): the Oura app on the phone is too old. Update the"
                    + " Oura app, open it once to sync, then fetch again.";
            default -> null;
        };
    }
}
