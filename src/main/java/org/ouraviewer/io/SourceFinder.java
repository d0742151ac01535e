package org.ouraviewer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what the user gave (files, folders, zips) into the files to read. Folders are searched
 * recursively; only {@code .json} and {@code .zip} are read, anything else is skipped silently.
 */
public final class SourceFinder {
    static final int MAX_ZIP_ENTRIES = 20_000;
    private static final Charset ZIP_FALLBACK_CHARSET = Charset.forName("IBM437");

    private final List<InputSource> sources = new ArrayList<>();
    private final List<FileReport> problems = new ArrayList<>();

    private SourceFinder() {
    }
    /** Files already taken, by their real path: a file given twice (or inside a folder also given) is read once. */
    private final Set<Path> seen = new HashSet<>();

    /** The readable files found under {@code paths}, in a stable order. */
    public List<InputSource> sources() {
        return sources;
    }

    /** Paths that could not be opened at all (missing, unreadable, broken zip), as failed reports. */
    public List<FileReport> problems() {
        return problems;
    }

    public static SourceFinder find(List<Path> paths) {
        SourceFinder finder = new SourceFinder();
        for (Path p : paths) {
            finder.add(p, true);
        }
        return finder;
    }

    private void add(Path path, boolean givenByUser) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> add(p, false));
            } catch (IOException | UncheckedIOException e) {
                problems.add(FileReport.failure(path.toString(), null, "the folder could not be read: "
                        + IoMessages.describe(e)));
            }
            return;
        }
        if (!Files.exists(path)) {
            problems.add(FileReport.failure(path.toString(), null, "no such file or folder"));
            return;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean readable = name.endsWith(".zip") || name.endsWith(".json") || givenByUser;
        if (readable && !seen.add(identity(path))) {
            return;
        }
        if (name.endsWith(".zip")) {
            addZip(path);
        } else if (name.endsWith(".json") || givenByUser) {
            try {
                sources.add(new PathSource(path, Files.size(path)));
            } catch (IOException e) {
                problems.add(FileReport.failure(path.toString(), null, IoMessages.describe(e)));
            }
        }
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private void addZip(Path zip) {
        try {
            addZipEntries(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedNames) {
            // Zips made on Windows often use the old DOS code page for names.
            try {
                addZipEntries(zip, ZIP_FALLBACK_CHARSET);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(FileReport.failure(zip.toString(), null, "not a readable zip archive: "
                        + IoMessages.describe(e)));
            }
        } catch (ZipException e) {
            problems.add(FileReport.failure(zip.toString(), null, "not a readable zip archive: "
                    + IoMessages.describe(e)));
        } catch (IOException e) {
            problems.add(FileReport.failure(zip.toString(), null, IoMessages.describe(e)));
        }
    }

    private void addZipEntries(Path zip, Charset charset) throws IOException {
        List<InputSource> found = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile(), charset)) {
            if (file.size() > MAX_ZIP_ENTRIES) {
                throw new ZipException("it has " + file.size() + " entries, more than " + MAX_ZIP_ENTRIES);
            }
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (isJsonEntry(e)) {
                    found.add(new ZipEntrySource(zip, charset, e.getName(), e.getCompressedSize(), e.getSize()));
                }
            }
        }
        found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        sources.addAll(found);
    }

    /** JSON entries, minus the macOS resource forks that carry a {@code .json} name but binary content. */
    private static boolean isJsonEntry(ZipEntry e) {
        String name = e.getName().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        return !e.isDirectory() && base.toLowerCase(Locale.ROOT).endsWith(".json") && !base.startsWith("._")
                && !name.startsWith("__MACOSX/") && !name.contains("/__MACOSX/");
    }
}
