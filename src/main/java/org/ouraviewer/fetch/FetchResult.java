package org.ouraviewer.fetch;

import java.nio.file.Path;
import java.util.List;

/** What a fetch saved, and what it skipped (name and why). */
public record FetchResult(Path folder, List<SavedFile> saved, List<String> skipped) {
    public FetchResult {
        saved = List.copyOf(saved);
        skipped = List.copyOf(skipped);
    }

    public int addedRecords() {
        return saved.stream().mapToInt(SavedFile::added).sum();
    }

    /** One line: what was saved where ("Saved 9 files in DIR: 1,234 new records; skipped: session (…)"). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (saved.isEmpty()) {
            sb.append("Saved nothing in ").append(folder);
        } else {
            sb.append(String.format("Saved %d file%s in %s: %,d new record%s", saved.size(),
                    saved.size() == 1 ? "" : "s", folder, addedRecords(), addedRecords() == 1 ? "" : "s"));
        }
        if (!skipped.isEmpty()) {
            sb.append("; skipped: ").append(String.join(", ", skipped));
        }
        return sb.append('.').toString();
    }
}
