package org.ouraviewer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what the user gave (files, folders, zips) into the files to read. Folders are searched
 * recursively for the names {@link FileFormats} reads and {@code .zip}; anything else there is skipped
 * silently. A sub-folder that cannot be read and a special file (a pipe, a device) are named and skipped.
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
        try {
            addZipEntries(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedNames) {
            // Zips made on Windows often use the old DOS code page for names.
            try {
                addZipEntries(zip, ZIP_FALLBACK_CHARSET);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(FileReport.failure(zip.toString(), "not a readable zip archive: "
                        + IoMessages.describe(e)));
            }
        } catch (ZipException e) {
            problems.add(FileReport.failure(zip.toString(), "not a readable zip archive: "
                    + IoMessages.describe(e)));
        } catch (IOException e) {
            problems.add(FileReport.failure(zip.toString(), IoMessages.describe(e)));
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
                if (isReadableEntry(e)) {
                    found.add(new ZipEntrySource(zip, charset, e.getName(), e.getCompressedSize(), e.getSize()));
                }
            }
        }
        found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        sources.addAll(found);
    }

    /** JSON and CSV entries, minus the macOS resource forks that carry such a name but binary content. */
    private static boolean isReadableEntry(ZipEntry e) {
        String name = e.getName().replace('\\', '/');
        String base = name.substring(name.lastIndexOf('/') + 1);
        return !e.isDirectory() && FileFormats.isReadableName(base) && !base.startsWith("._")
                && !name.startsWith("__MACOSX/") && !name.contains("/__MACOSX/");
    }
}
