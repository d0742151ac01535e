package org.ouraviewer.io.record;

import java.io.IOException;
import java.io.InputStream;

/**
 * A kind of file the viewer reads: JSON of any shape, and each family of CSV (the Membership Hub export,
 * Oura on the Web, the Trends CSV, any CSV of API fields). Every format maps its rows into the same
 * record mapping ({@link RecordSink}, {@link V2RecordMapper}), so the model is built in one place.
 */
public interface FileFormat {
    /** What {@code summary} calls the format: {@code json}, {@code hub-csv}, {@code web-csv}, {@code trends-csv}, {@code csv}. */
    String id();

    /** The format in the words of the load report: "Oura export CSV" rather than {@code hub-csv}. */
    String label();

    /** The file name endings it reads, lower case without the dot: what folders and zips are searched for. */
    java.util.List<String> extensions();

    /** Whether this format reads the file, judged from its name and its first characters (without a BOM). */
    boolean accepts(String fileName, String head);

    /**
     * Reads the records of {@code in} into {@code sink}.
     *
     * @throws UnreadableFile when reading cannot go on (the file is cut short, is not of this format);
     *                        the records read before stay in the sink
     */
    void read(String fileName, InputStream in, RecordSink sink) throws IOException;

    /** How the file's V2 records rank against other sources. */
    default org.ouraviewer.model.SourceRank rank(String fileName) {
        return org.ouraviewer.model.SourceRank.V2_DOCUMENT;
    }
}
