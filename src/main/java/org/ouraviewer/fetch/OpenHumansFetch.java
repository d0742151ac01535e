package org.ouraviewer.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.ouraviewer.model.OuraKind;

/**
 * A fetch from Open Humans: lists the member's files, keeps the newest of each Oura Connect file
 * ({@code oura-v2-*.json}, {@code oura-data.json}) and downloads them right away (their links expire
 * within the hour). The token necessarily rides in the listing's query, so no URL is ever shown.
 */
final class OpenHumansFetch {
    static final String OURA_CONNECT = "direct-sharing-184";
    /** Marks a download that arrived but is not the file it should be (not an HTTP status). */
    private static final int BAD_CONTENT = -1;
    private static final int MAX_LIST_PAGES = 1000;

    private final FetchRequest request;
    private final FetchProgress progress;
    private final RetryingSender listing;
    private final RetryingSender downloads;

    OpenHumansFetch(FetchRequest request, HttpClient http, FetchProgress progress, BooleanSupplier cancelled) {
        this.request = request;
        this.progress = progress;
        this.listing = new RetryingSender(http, request.retryPolicy(), "Open Humans", OpenHumansFetch::refusal,
                progress, cancelled);
        // A download link refused by the storage is not the token's fault: no refusal statuses there.
        this.downloads = new RetryingSender(http, request.retryPolicy(), "Open Humans' storage", s -> null,
                progress, cancelled);
    }

    /** A file in the member's listing. */
    record MemberFile(String basename, String created, URI downloadUrl) {
    }

    FetchResult run(FolderStore store) throws IOException {
        Map<String, MemberFile> files = newestOuraFiles(listFiles());
        progress.planned(List.copyOf(files.keySet()));
        List<SavedFile> saved = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<FetchResult.Problem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            skipped.add("no Oura Connect files are shared with this Open Humans account");
        }
        for (MemberFile file : files.values()) {
            listing.checkCancelled();
            progress.started(file.basename());
            try {
                SavedFile result = download(file, store);
                if (result != null) {
                    saved.add(result);
                    progress.saved(result);
                } else {
                    progress.skipped(file.basename(), "empty");
                }
            } catch (FetchException e) {
                if (e.reason() != FetchException.Reason.LOCAL_FILE && e.reason() != FetchException.Reason.NOT_FOUND
                        && e.status() != BAD_CONTENT) {
                    throw e;
                }
                problems.add(new FetchResult.Problem(file.basename(), e.getMessage(),
                        e.reason() == FetchException.Reason.LOCAL_FILE));
                progress.skipped(file.basename(), "not saved: " + e.getMessage());
            }
        }
        return new FetchResult(store.folder(), saved, skipped, problems);
    }

    private List<MemberFile> listFiles() throws IOException {
        List<MemberFile> files = new ArrayList<>();
        String base = request.base().toString().replaceAll("/+$", "");
        URI page = URI.create(base + "/api/direct-sharing/project/exchange-member/?access_token="
                + URLEncoder.encode(request.tokens().current(), StandardCharsets.UTF_8));
        Set<URI> seen = new HashSet<>();
        for (int i = 0; i < MAX_LIST_PAGES && page != null && seen.add(page); i++) {
            JsonNode body = listing.get(listing.request(page).build(), Json.MAPPER::readTree);
            JsonNode data = body.path("data");
            if (!data.isArray()) {
                throw new FetchException(FetchException.Reason.FAILED,
                        "Open Humans' answer has no list of files (\"data\").");
            }
            for (JsonNode f : data) {
                String url = f.path("download_url").asText("");
                if (OURA_CONNECT.equals(f.path("source").asText()) && !url.isEmpty()) {
                    files.add(new MemberFile(f.path("basename").asText(""), f.path("created").asText(""),
                            page.resolve(url)));
                }
            }
            JsonNode next = body.get("next");
            page = next == null || next.isNull() || next.asText().isEmpty() ? null : page.resolve(next.asText());
        }
        return files;
    }

    /** The newest file of each Oura Connect basename, by name. */
    static Map<String, MemberFile> newestOuraFiles(List<MemberFile> files) {
        Map<String, MemberFile> newest = new TreeMap<>();
        for (MemberFile f : files) {
            String name = f.basename();
            boolean oura = name.equals("oura-data.json") || name.startsWith("oura-v2-") && name.endsWith(".json");
            // A basename is only a file name: never let it point elsewhere in the folder.
            if (oura && !name.contains("/") && !name.contains("\\")) {
                newest.merge(name, f, (a, b) -> b.created().compareTo(a.created()) > 0 ? b : a);
            }
        }
        return newest;
    }

    /**
     * Downloads into a temporary file that no loader reads, checks it as the reader would read it, and only
     * then merges it into (or puts it in place of) the folder's file.
     */
    private SavedFile download(MemberFile file, FolderStore store) throws IOException {
        Path temp = Files.createTempFile(store.folder(), "." + file.basename() + ".", ".download");
        try {
            downloads.get(downloads.request(file.downloadUrl()).build(), body -> {
                Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING);
                return null;
            });
            Optional<String> problem = DownloadCheck.problem(file.basename(), temp);
            if (problem.isPresent()) {
                throw new FetchException(FetchException.Reason.FAILED, BAD_CONTENT, "Open Humans sent "
                        + file.basename() + " as " + problem.get() + ", so the folder's copy was left as it is;"
                        + " fetch again later.");
            }
            if (file.basename().startsWith("oura-v2-")) {
                OuraKind kind = OuraKind.fromRoute(file.basename().replaceFirst("^oura-v2-", "")
                        .replaceFirst("\\.json$", "")).orElse(null);
                return store.saveMerged(file.basename(), file.basename(), kind,
                        sink -> FolderStore.readDocuments(temp, false, sink));
            }
            return store.saveAsReceived(file.basename(), temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String refusal(int status) {
        return switch (status) {
            case 401 -> "Open Humans refused the token (HTTP 401): it has expired (they last about 10 hours)"
                    + " or is wrong. Get a new access token and fetch again.";
            case 403 -> "Open Humans refused access (HTTP 403): the token does not give access to this member's"
                    + " files. Get a new access token and fetch again.";
            default -> null;
        };
    }
}
