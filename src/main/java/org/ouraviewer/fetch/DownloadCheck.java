package org.ouraviewer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ouraviewer.io.FileFormats;
import org.ouraviewer.io.FileReport;
import org.ouraviewer.io.InputSource;
import org.ouraviewer.model.OuraKind;

/**
 * Checks a downloaded file as the viewer's reader ({@link FileFormats#read}) will read it, before it may
 * replace anything in the folder, judged by the reader's report: no error, and records of the kind its name
 * says ({@code oura-v2-<kind>.json} a JSON array of that kind's records, {@code oura-data.json} V1 content),
 * none only in an empty list. An HTML page, an empty body or an error object such as
 * {@code {"detail": "expired"}} fails, and the folder's file stays as it was. This is the one place where
 * fetching calls the reader.
 */
final class DownloadCheck {
    private DownloadCheck() {
    }

    /** Why {@code downloaded}, received as {@code name}, is not what it should be; empty when it is. */
    static Optional<String> problem(String name, Path downloaded) throws IOException {
        int[] start = firstTwoSignificantBytes(downloaded);
        if (start[0] < 0) {
            return Optional.of("an empty file");
        }
        if (start[0] == '<') {
            return Optional.of("a web page, not Oura data");
        }
        boolean v1 = name.equals("oura-data.json");
        Optional<OuraKind> kind = v1 ? Optional.empty()
                : OuraKind.fromRoute(name.replaceFirst("^oura-v2-", "").replaceFirst("\\.json$", ""));
        if (!v1 && start[0] != '[') {
            return Optional.of(start[0] == '{' ? "a message instead of the data" : "not a JSON array");
        }
        if (v1 && start[0] != '{') {
            return Optional.of("something other than V1 Oura data");
        }
        if (!v1 && start[1] == ']') {
            return Optional.empty(); // an empty array: nothing new, nothing wrong
        }
        FileReport report = FileFormats.read(source(name, downloaded)).report();
        if (report.failed()) {
            return Optional.of("a file the viewer cannot read (" + report.error() + ")");
        }
        if (report.records() == 0) {
            // V1's empty list: an object of empty lists, which the reader takes for V1 by the file's name
            return v1 && "v1".equals(report.kind()) ? Optional.empty() : Optional.of("a file without Oura records");
        }
        String expected = v1 ? "v1" : kind.map(OuraKind::route).orElse(null);
        if (expected != null && !report.kinds().containsKey(expected)) {
            return Optional.of(v1 ? "something other than V1 Oura data" : "something other than " + expected + " records");
        }
        return Optional.empty();
    }

    /** The first two bytes that are not white space or a byte-order mark; -1 where the file ends. */
    private static int[] firstTwoSignificantBytes(Path file) throws IOException {
        int[] found = {-1, -1};
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int n = 0;
            for (int b = in.read(); b >= 0 && n < 2; b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    found[n++] = b;
                }
            }
        }
        return found;
    }

    private static InputSource source(String name, Path file) throws IOException {
        long size = Files.size(file);
        return new InputSource() {
            @Override
            public String displayPath() {
                return name;
            }

            @Override
            public String fileName() {
                return name;
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }
}
