package org.ouraviewer.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.ouraviewer.model.OuraKind;

/**
 * The last day a kind's file in the folder holds, for a quick sync. Streams the file looking only at each
 * document's day field (a heart-rate file is millions of rows), and so also finds out whether the file can
 * be read at all before anything is downloaded for it.
 */
final class SavedDays {
    private SavedDays() {
    }

    /**
     * @return the latest day of the documents, empty when the file holds none with a readable day
     * @throws FetchException {@link FetchException.Reason#LOCAL_FILE} when the file is not readable JSON
     */
    static Optional<LocalDate> last(Path file, OuraKind kind, ZoneId zone) throws IOException {
        String field = OuraRoutes.dayField(kind);
        LocalDate[] last = {null};
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    scanDocument(p, field, kind, zone, last);
                }
            } else if (first == JsonToken.START_OBJECT) {
                scanObject(p, field, kind, zone, last, true);
            } else if (first != null) {
                throw FolderStore.unreadable(file, null);
            }
        } catch (JsonProcessingException e) {
            throw FolderStore.unreadable(file, e);
        }
        return Optional.ofNullable(last[0]);
    }

    private static void scanDocument(JsonParser p, String field, OuraKind kind, ZoneId zone, LocalDate[] last)
            throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            scanObject(p, field, kind, zone, last, false);
        } else {
            p.skipChildren();
        }
    }

    /** Inside an object: its day field, and, at the top of a file, the documents of an envelope's "data". */
    private static void scanObject(JsonParser p, String field, OuraKind kind, ZoneId zone, LocalDate[] last,
                                   boolean top) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                day(p.getText(), kind, zone).filter(d -> last[0] == null || d.isAfter(last[0]))
                        .ifPresent(d -> last[0] = d);
            } else if (top && name.equals("data") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    scanDocument(p, field, kind, zone, last);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Optional<LocalDate> day(String text, OuraKind kind, ZoneId zone) {
        try {
            return Optional.of(OuraRoutes.byDateTime(kind)
                    ? OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate()
                    : LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
