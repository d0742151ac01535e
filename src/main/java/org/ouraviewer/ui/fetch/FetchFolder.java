package org.ouraviewer.ui.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ouraviewer.io.AppDirs;
import org.ouraviewer.io.AtomicFiles;

/**
 * The folder fetches save into, remembered between runs ({@value #FILE_NAME} in the config folder), so that
 * "Fetch new data" adds to the folder of the last fetch. The default is the app's data folder.
 */
final class FetchFolder {
    static final String FILE_NAME = "fetch.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path configDir;

    FetchFolder(Path configDir) {
        this.configDir = configDir;
    }

    static Path defaultFolder() {
        return AppDirs.data().resolve("fetched");
    }

    /** The folder of the last fetch, or the default. */
    Path load() {
        try {
            JsonNode folder = JSON.readTree(Files.readString(configDir.resolve(FILE_NAME))).path("folder");
            return folder.isTextual() && !folder.asText().isBlank() ? Path.of(folder.asText()) : defaultFolder();
        } catch (IOException | RuntimeException e) {
            return defaultFolder();
        }
    }

    void remember(Path folder) {
        try {
            AtomicFiles.write(configDir.resolve(FILE_NAME),
                    JSON.writeValueAsBytes(JSON.createObjectNode().put("folder", folder.toAbsolutePath().toString())));
        } catch (IOException e) {
            // Only a convenience: the next fetch proposes the default folder instead.
        }
    }
}
