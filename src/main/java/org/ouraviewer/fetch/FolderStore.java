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
import java.nio.file.Files;
import java.nio.file.Path;
import org.ouraviewer.io.AtomicFiles;
import org.ouraviewer.model.OuraKind;

/**
 * The folder a fetch saves into, in the Open Humans layout: one JSON array per kind. A download is
 * streamed into the new file while it runs; the documents the file held before follow, without those
 * downloaded again (the new version of a record wins). The file is replaced only when the download
 * completed: a failure, a refusal or a cancel leaves the old file as it was.
 */
final class FolderStore {
    /** Runs a download, passing each document on. */
    @FunctionalInterface
    interface Download {
        void run(OuraApiClient.DocumentSink sink) throws IOException;
    }

    private static final int DOWNLOADED = 1;
    private static final int IN_OLD_FILE = 2;

    private final Path folder;

    FolderStore(Path folder) {
        this.folder = folder;
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
                    readDocuments(target, doc -> {
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
     */
    static void readDocuments(Path file, OuraApiClient.DocumentSink sink) throws IOException {
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
                throw new FetchException(FetchException.Reason.FAILED, file + " is not a JSON array or object;"
                        + " move it out of the folder and fetch again.");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new FetchException(FetchException.Reason.FAILED, file + " could not be read" + where
                    + ", so it was left as it is; move it out of the folder and fetch again.");
        }
    }

    /** Ends a save that would only write an empty file; the temporary file is removed. */
    private static final class NothingToSave extends IOException {
        NothingToSave() {
            super(null, null);
        }
    }
}
