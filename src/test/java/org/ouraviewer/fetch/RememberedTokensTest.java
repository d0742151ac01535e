package org.ouraviewer.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedTokensTest {
    @TempDir
    Path dir;

    @Test
    void keepsATokenPerSourceReadableOnlyByTheUser() throws IOException {
        RememberedTokens tokens = new RememberedTokens(dir.resolve("config"));
        assertEquals(Optional.empty(), tokens.load(FetchSource.OURA));
        tokens.remember(FetchSource.OURA, "  oura-secret\n");
        tokens.remember(FetchSource.OPEN_HUMANS, "oh-secret");
        assertEquals(Optional.of("oura-secret"), tokens.load(FetchSource.OURA));
        assertEquals(Optional.of("oh-secret"), tokens.load(FetchSource.OPEN_HUMANS));
        Path file = tokens.file(FetchSource.OURA);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        tokens.forget(FetchSource.OURA);
        assertFalse(Files.exists(file));
        assertEquals(Optional.empty(), tokens.load(FetchSource.OURA));
        assertTrue(tokens.load(FetchSource.OPEN_HUMANS).isPresent());
    }
}
