package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * JSON written inside something else: a CSV cell of the Membership Hub export, or a pandas dump's Python
 * text ({@code {'interval': 300.0, 'items': [None, 61]}}), read with the same limits as JSON files.
 */
public final class JsonText {
    private static final Pattern PYTHON_WORDS = Pattern.compile("\\b(None|True|False|nan)\\b");

    private JsonText() {
    }

    /** The object or list {@code text} holds, read as JSON or else as Python's text of it; null if neither. */
    public static JsonNode parseLenient(String text) {
        JsonNode node = parse(text);
        if (node == null && text.indexOf('"') < 0) {
            // Python text: single quotes and its own words; only where that is unambiguous (no double quotes)
            String json = PYTHON_WORDS.matcher(text.replace('\'', '"')).replaceAll(m -> switch (m.group(1)) {
                case "True" -> "true";
                case "False" -> "false";
                default -> "null";
            });
            node = parse(json);
        }
        return node;
    }

    private static JsonNode parse(String text) {
        try (JsonParser p = JsonFormat.FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return null;
            }
            JsonNode node = RecordTreeReader.read(p);
            return p.nextToken() == null ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
