package org.ouraviewer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A token or secret given as a file ({@code --token-file}, {@code --client-secret-file}): a regular file of
 * a few kilobytes at most. A device such as {@code /dev/zero}, a FIFO or a large file is refused before
 * anything is read from it, so a wrong path never hangs or fills the memory.
 */
final class SecretFile {
    /** Oura's tokens are a few hundred characters; anything beyond this is not a token. */
    static final int MAX_BYTES = 4096;

    private SecretFile() {
    }

    /** The file's text, stripped; {@code option} names the option in messages. Never quotes the content. */
    static String read(String file, String option) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " is not a valid path");
        }
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new UsageException("the " + option + " " + file + " is not a regular file");
            }
            if (attributes.size() > MAX_BYTES) {
                throw new UsageException("the " + option + " " + file + " is larger than " + MAX_BYTES / 1024
                        + " KB, which no token or secret is");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new UsageException("the " + option + " " + file + " could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UsageException("the " + option + " " + file + " is larger than " + MAX_BYTES / 1024
                    + " KB, which no token or secret is");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new UsageException("the " + option + " " + file + " is empty");
        }
        return text;
    }
}
