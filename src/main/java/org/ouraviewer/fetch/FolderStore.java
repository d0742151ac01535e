package org.ouraviewer.fetch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.model.OuraKind;

/**
 * The folder a fetch saves into, in the Open Humans layout: one JSON array per kind. A download is
 * streamed into the new file while it runs; the documents the file held before follow, without those
 * downloaded again (the new version of a record wins). The file is replaced only when the download
 * completed: a failure, a refusal or a cancel leaves the old file as it was.
 *
 * <p>One fetch at a time writes into a folder (a lock file, {@value #LOCK_NAME}, held while the store is
 * open): two fetches merging into the same file would lose one's records. Temporary files are named
 * {@code .oura-….part} or {@code .oura-….download}, which no loader reads; a fetch killed mid-way leaves
 * one behind, and the next fetch into the folder, holding the lock, removes it.
 */
final class FolderStore implements AutoCloseable {
    /** Runs a download, passing each document on. */
    @FunctionalInterface
    interface Download {
        void run(OuraApiClient.DocumentSink sink) throws IOException;
    }

    private static final int DOWNLOADED = 1;
    private static final int IN_OLD_FILE = 2;

    static final String LOCK_NAME = ".oura-viewer-fetch.lock";
    /** What {@link AtomicFiles} and Open Humans downloads leave when the process dies mid-way. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.oura-.*\\.(part|download)");

    private final Path folder;
    private final LockFile lock;

    private FolderStore(Path folder, LockFile lock) {
        this.folder = folder;
        this.lock = lock;
    }

    /**
     * Opens the folder for one fetch, waiting while another fetch writes into it ({@code onWait} runs
     * first), then removes what interrupted fetches left.
     */
    static FolderStore open(Path folder, Runnable onWait) throws IOException {
        Files.createDirectories(folder);
        LockFile lock = LockFile.acquire(folder.resolve(LOCK_NAME), onWait);
        try {
            removeLeftovers(folder);
        } catch (IOException e) {
            lock.close();
            throw e;
        }
        return new FolderStore(folder, lock);
    }

    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> LEFTOVER.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }

    Path folder() {
        return folder;
    }

    /**
     * Saves the file {@code name} as the download merged with the file's old content.
     *
     * @param label what progress calls it (the kind's route, or the file name)
     * @param kind the documents' kind for de-duplication, or null when unknown
     * @return what was saved, or null when there was nothing to save (no documents, no old file)
     */
    SavedFile saveMerged(String label, String name, OuraKind kind, Download download) throws IOException {
        Path target = folder.resolve(name);
        boolean hadFile = Files.isRegularFile(target);
        KeyFlags keys = new KeyFlags();
        int[] counts = new int[3]; // received, kept from the old file, old documents downloaded again
        try {
            AtomicFiles.write(target, out -> {
                JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new OneDocumentPerLine());
                g.writeStartArray();
                download.run(doc -> {
                    if (keys.mark(RecordKeys.key(kind, doc), DOWNLOADED) == 0) {
                        g.writeTree(doc);
                        counts[0]++;
                    }
                });
                if (!hadFile && counts[0] == 0) {
                    throw new NothingToSave();
                }
                if (hadFile) {
                    readDocuments(target, true, doc -> {
                        int before = keys.mark(RecordKeys.key(kind, doc), IN_OLD_FILE);
                        if (before == 0) {
                            g.writeTree(doc);
                            counts[1]++;
                        } else if (before == DOWNLOADED) {
                            counts[2]++;
                        }
                    });
                }
                g.writeEndArray();
                g.writeRaw('\n');
                g.close();
            });
        } catch (NothingToSave e) {
            return null;
        }
        return new SavedFile(label, target, counts[0], counts[0] - counts[2], counts[0] + counts[1]);
    }

    /** Saves {@code name} with the bytes of {@code downloaded} as they are (Open Humans files that are not arrays). */
    SavedFile saveAsReceived(String name, Path downloaded) throws IOException {
        Path target = folder.resolve(name);
        AtomicFiles.write(target, out -> Files.copy(downloaded, out));
        return new SavedFile(name, target, 0, 0, -1);
    }

    /** One document a line, each compact: the files stay readable and diff well. */
    private static final class OneDocumentPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (isOuterArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(isOuterArray(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(isOuterArray(g) && values > 0 ? "\n]" : "]");
        }

        private static boolean isOuterArray(JsonGenerator g) {
            JsonStreamContext context = g.getOutputContext();
            return context.inArray() && context.getParent() != null && context.getParent().inRoot();
        }
    }

    /**
     * Streams the documents of a JSON file: an array, an envelope {@code {"data": [...]}} or one document.
     * A file that cannot be read fails the save, so it is not replaced by one that lost its content.
     *
     * @param local whether the file is the folder's own (its problems are then {@link FetchException.Reason#LOCAL_FILE})
     */
    static void readDocuments(Path file, boolean local, OuraApiClient.DocumentSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode doc = p.readValueAsTree();
                    if (doc != null && doc.isObject()) {
                        sink.accept(doc);
                    }
                }
            } else if (first == JsonToken.START_OBJECT) {
                JsonNode root = p.readValueAsTree();
                JsonNode data = root.get("data");
                if (data != null && data.isArray()) {
                    for (JsonNode doc : data) {
                        sink.accept(doc);
                    }
                } else {
                    sink.accept(root);
                }
            } else if (first != null) {
                throw local ? unreadable(file, null) : new FetchException(FetchException.Reason.FAILED,
                        "The download is not a JSON array or object.");
            }
        } catch (JsonProcessingException e) {
            throw local ? unreadable(file, e) : new FetchException(FetchException.Reason.FAILED,
                    "The download could not be read as JSON.");
        }
    }

    /** The folder's own file cannot be read: it is left as it is, and the user is told to move it aside. */
    static FetchException unreadable(Path file, JsonProcessingException e) {
        String where = e == null || e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        return new FetchException(FetchException.Reason.LOCAL_FILE, file + " could not be read" + where
                + ", so it was left as it is; move it out of the folder and fetch again.");
    }

    /** Ends a save that would only write an empty file; the temporary file is removed. */
    private static final class NothingToSave extends IOException {
        NothingToSave() {
            super(null, null);
        }
    }
}
