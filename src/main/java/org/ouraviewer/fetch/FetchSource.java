package org.ouraviewer.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Where a fetch gets the data from: its server, and the environment variable that may hold a token. */
public enum FetchSource {
    OURA("Oura", "oura", URI.create("https://api.ouraring.com"), "OURA_TOKEN"),
    OPEN_HUMANS("Open Humans", "openhumans", URI.create("https://www.openhumans.org"), "OH_ACCESS_TOKEN");

    private final String title;
    private final String option;
    private final URI defaultBase;
    private final String tokenVariable;

    FetchSource(String title, String option, URI defaultBase, String tokenVariable) {
        this.title = title;
        this.option = option;
        this.defaultBase = defaultBase;
        this.tokenVariable = tokenVariable;
    }

    /** The name people know ("Open Humans"). */
    public String title() {
        return title;
    }

    /** The value of {@code --source}. */
    public String option() {
        return option;
    }

    public URI defaultBase() {
        return defaultBase;
    }

    public String tokenVariable() {
        return tokenVariable;
    }

    public static Optional<FetchSource> fromOption(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (FetchSource s : values()) {
            if (s.option.equals(v)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return title;
    }
}
