package org.ouraviewer.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What reading one file gave, as the load report and {@code summary} show it ({@code CLI.md}).
 *
 * @param format  what the file was read as: {@code json}, {@code hub-csv}, {@code web-csv},
 *                {@code trends-csv}, {@code csv}; null when it could not be opened
 * @param kind    the API route name of its records, {@code v1}, {@code mixed} when several, or null
 * @param kinds   records per kind (route name, or {@code v1})
 * @param records the records it contributes (heart-rate rows without duplicates within the file), also
 *                when it has an error: those read before the failure point
 * @param skipped records left out as impossible or unreadable, with the first reason in {@code warning}
 * @param error   why reading stopped (the file failed as a whole or is cut short), or null
 * @param ignored a file the viewer recognises but does not use (the export's meals, consent, app state)
 */
public record FileReport(String path, String format, String kind, Map<String, Integer> kinds, int records,
                         int skipped, String warning, String error, boolean ignored) {
    public FileReport {
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    public boolean failed() {
        return error != null;
    }

    /** A path that could not be opened at all (missing, unreadable, a broken zip, a FIFO). */
    static FileReport failure(String path, String error) {
        return new FileReport(path, null, null, Map.of(), 0, 0, null, error, false);
    }
}
