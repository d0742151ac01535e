package org.ouraviewer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns what the user gave (files, folders, zips) into the files to read. Folders are searched
 * recursively for the names {@link FileFormats} reads and {@code .zip}, zips for those names and for zips
 * one level deep ({@code outer.zip!/inner.zip!/x.csv}); anything else there is skipped silently. A sub-folder that cannot be read and a special file (a pipe, a device) are named and skipped.
 */
public final class SourceFinder {
    static final int MAX_ZIP_ENTRIES = 20_000;
    /** A zip inside a zip is read into memory: the whole Membership Hub export zipped again fits. */
    static final int MAX_INNER_ZIP_BYTES = 256 << 20;

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
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            problems.add(FileReport.failure(path.toString(), "no such file or folder"));
            return;
        } catch (IOException e) {
            problems.add(FileReport.failure(path.toString(), IoMessages.describe(e)));
            return;
        }
        if (attributes.isDirectory()) {
            if (givenByUser) { // inside a folder, a link to a folder is not followed: it could lead back up
                walk(path);
            }
            return;
        }
        if (!attributes.isRegularFile()) {
            // reading a FIFO would wait for a writer forever; a device or socket is not a file of data
            problems.add(FileReport.failure(path.toString(), "not a regular file (a pipe, device or socket): skipped"));
            return;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
        if (!givenByUser && !zip && !FileFormats.isReadableName(name)) {
            return;
        }
        if (!seen.add(identity(path))) {
            return;
        }
        if (zip) {
            addZip(path);
        } else {
            sources.add(new PathSource(path, attributes.size()));
        }
    }

    /** A folder and its sub-folders; one that cannot be read is named and skipped, the rest still found. */
    private void walk(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(FileReport.failure(file.toString(), (Files.isDirectory(file)
                            ? "the folder could not be read: " : "") + IoMessages.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(FileReport.failure(folder.toString(), "the folder could not be read: "
                    + IoMessages.describe(e)));
        }
        files.stream().sorted().forEach(p -> add(p, false));
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private void addZip(Path zip) {
        addZip(zip.toString(), ZipDirectory.of(zip), 0);
    }

    /**
     * The readable entries of an archive, in a stable order, and the zips inside it one level deep (people
     * zip the export's ZIP again); an archive that cannot be listed is one failed file.
     */
    private void addZip(String archive, ZipDirectory.Bytes bytes, int depth) {
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.list(bytes, MAX_ZIP_ENTRIES);
        } catch (IOException e) {
            problems.add(FileReport.failure(archive, "not a readable zip archive: " + IoMessages.describe(e)));
            return;
        }
        List<ZipEntrySource> found = new ArrayList<>();
        for (ZipDirectory.Entry e : entries) {
            ZipEntrySource source = new ZipEntrySource(archive, bytes, e);
            if (isReadableEntry(e, FileFormats::isReadableName)) {
                found.add(source);
            } else if (isReadableEntry(e, n -> n.toLowerCase(Locale.ROOT).endsWith(".zip"))) {
                addInnerZip(source, depth);
            }
        }
        found.sort(Comparator.comparing(ZipEntrySource::displayPath)); // stable: two entries of a name keep their order
        sources.addAll(found);
    }

    /** A zip inside a zip, read into memory when it is small enough; deeper ones are named, not read. */
    private void addInnerZip(ZipEntrySource inner, int depth) {
        String path = inner.displayPath();
        if (depth >= 1) {
            problems.add(FileReport.failure(path, "a zip inside a zip inside a zip: not read (unzip the outer one first)"));
            return;
        }
        if (inner.entry().size() > MAX_INNER_ZIP_BYTES) {
            problems.add(FileReport.failure(path, "a zip inside the zip larger than " + (MAX_INNER_ZIP_BYTES >> 20)
                    + " MB: not read (unzip the outer one first)"));
            return;
        }
        byte[] content;
        try (InputStream in = inner.open()) {
            content = in.readNBytes(MAX_INNER_ZIP_BYTES + 1);
        } catch (IOException e) {
            problems.add(FileReport.failure(path, IoMessages.describe(e)));
            return;
        } catch (OutOfMemoryError e) {
            problems.add(FileReport.failure(path, "a zip inside the zip too large to read in the memory available"));
            return;
        }
        if (content.length > MAX_INNER_ZIP_BYTES) {
            problems.add(FileReport.failure(path, "a zip inside the zip larger than " + (MAX_INNER_ZIP_BYTES >> 20)
                    + " MB: not read (unzip the outer one first)"));
            return;
        }
        addZip(path, ZipDirectory.of(content), depth + 1);
    }

    /** Entries of a wanted name, minus the macOS resource forks that carry such a name but binary content. */
    private static boolean isReadableEntry(ZipDirectory.Entry e, Predicate<String> wanted) {
        String name = e.name().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        return !e.isDirectory() && wanted.test(base) && !base.startsWith("._")
                && !name.startsWith("__MACOSX/") && !name.contains("/__MACOSX/");
    }
}
