package org.ouraviewer.fetch;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fetch saved, what it skipped (name and why: nothing wrong), and the problems that kept a kind
 * or file from being saved while the others went on.
 */
public record FetchResult(Path folder, List<SavedFile> saved, List<String> skipped, List<Problem> problems) {
    /**
     * One kind or file that could not be saved.
     *
     * @param local true when the folder's own file was the problem, false when the server's answer was
     */
    public record Problem(String name, String sentence, boolean local) {
    }

    public FetchResult {
        saved = List.copyOf(saved);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    public FetchResult(Path folder, List<SavedFile> saved, List<String> skipped) {
        this(folder, saved, skipped, List.of());
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
        if (!problems.isEmpty()) {
            sb.append("; not saved: ").append(String.join(", ", problems.stream().map(Problem::name).toList()));
        }
        return sb.append('.').toString();
    }
}
