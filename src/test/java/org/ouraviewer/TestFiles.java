package org.ouraviewer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The project's own copies of the real samples, under {@code src/test/resources/samples}. */
public final class TestFiles {
    private TestFiles() {
    }

    public static Path samples(String relative) {
        try {
            return Path.of(TestFiles.class.getResource("/samples").toURI()).resolve(relative);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
