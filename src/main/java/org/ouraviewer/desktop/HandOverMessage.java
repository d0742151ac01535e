package org.ouraviewer.desktop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a second launch sends to the open window: one line of JSON, {@code {"version":1,"paths":[...]}}
 * with absolute paths (the sender resolved them against its own working folder, which the window does not
 * know). The version lets a newer launcher and an older window tell they do not understand each other;
 * the window then answers no "ok", and the launcher opens a window of its own.
 */
final class HandOverMessage {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HandOverMessage() {
    }

    /** The line to send, newline included. */
    static byte[] encode(List<Path> absolutePaths) {
        ObjectNode message = JSON.createObjectNode();
        message.put("version", VERSION);
        ArrayNode paths = message.putArray("paths");
        absolutePaths.forEach(p -> paths.add(p.toString()));
        return (message.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The paths of a line received, or empty if it is no message of this version or a path is not absolute. */
    static Optional<List<Path>> decode(byte[] line) {
        JsonNode message;
        try {
            message = JSON.readTree(new String(line, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (message == null || !message.path("version").isInt() || message.get("version").intValue() != VERSION
                || !message.path("paths").isArray()) {
            return Optional.empty();
        }
        List<Path> paths = new ArrayList<>();
        for (JsonNode p : message.get("paths")) {
            if (!p.isTextual()) {
                return Optional.empty();
            }
            try {
                Path path = Path.of(p.textValue());
                if (!path.isAbsolute()) {
                    return Optional.empty();
                }
                paths.add(path);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(paths));
    }
}
