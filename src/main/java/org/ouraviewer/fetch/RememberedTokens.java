package org.ouraviewer.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AtomicFiles;

/**
 * Tokens the user asked to remember, one small file per source in the settings folder, readable only
 * by the user (POSIX permissions 600 where the file system has them). Nothing is kept unless asked.
 */
public final class RememberedTokens {
    private final Path dir;

    public RememberedTokens(Path dir) {
        this.dir = dir;
    }

    /** In the app's settings folder. */
    public static RememberedTokens inSettings() {
        return new RememberedTokens(AppDirs.config());
    }

    Path file(FetchSource source) {
        return dir.resolve("token-" + source.option());
    }

    public Optional<String> load(FetchSource source) {
        try {
            String token = Files.readString(file(source), StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void remember(FetchSource source, String token) throws IOException {
        Path file = file(source);
        AtomicFiles.writePrivate(file, token.strip().getBytes(StandardCharsets.UTF_8));
    }

    public void forget(FetchSource source) throws IOException {
        Files.deleteIfExists(file(source));
    }
}
