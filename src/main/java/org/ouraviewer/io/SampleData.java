package org.ouraviewer.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The synthetic sample data set that ships inside the app (resources under {@code /org/ouraviewer/sample},
 * listed in its {@code index.txt}). Resources inside a runtime image are not files, so
 * {@link #materialize()} copies them to the data folder once and returns that folder to load.
 */
public final class SampleData {
    private static final String ROOT = "/org/ouraviewer/sample/";

    private SampleData() {
    }

    /** The names of the bundled sample files. */
    public static List<String> names() {
        try (InputStream in = SampleData.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A folder holding exactly the sample files: each written there (atomically) unless it already holds
     * the same bytes, and JSON files of an older sample removed, since the whole folder is what gets loaded.
     */
    public static Path materialize() throws IOException {
        Path dir = AppDirs.data().resolve("sample-data");
        List<String> names = names();
        for (String name : names) {
            Path target = dir.resolve(name);
            try (InputStream in = SampleData.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IOException("the bundled sample file " + name + " is missing");
                }
                byte[] bytes = in.readAllBytes();
                if (!Files.exists(target) || Files.size(target) != bytes.length
                        || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    AtomicFiles.write(target, bytes);
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".json") && !names.contains(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return dir;
    }
}
