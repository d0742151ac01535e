package org.ouraviewer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain file on disk. */
record PathSource(Path path, long size) implements InputSource {
    @Override
    public String displayPath() {
        return path.toString();
    }

    @Override
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
