package org.ouraviewer.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file to read: a plain file or an entry of a zip archive. {@link #displayPath()} is what users and
 * reports see ({@code archive.zip!/oura-v2-sleep.json} for an entry).
 */
public interface InputSource {
    String displayPath();

    /** The file's own name, without folders: what kind recognition looks at. */
    String fileName();

    /** Bytes to read, for progress; an estimate for zip entries. */
    long size();

    InputStream open() throws IOException;
}
