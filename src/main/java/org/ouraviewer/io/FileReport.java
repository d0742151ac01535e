package org.ouraviewer.io;

/**
 * What reading one file gave: its kind (the API route name, {@code v1}, or null when unknown), how many
 * records it held, and the reason it could not be read (null when it could). A file with an error
 * contributes no records.
 */
public record FileReport(String path, String kind, int records, String error) {
    public boolean failed() {
        return error != null;
    }

    static FileReport failure(String path, String kind, String error) {
        return new FileReport(path, kind, 0, error);
    }
}
