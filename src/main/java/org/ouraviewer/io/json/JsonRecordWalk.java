package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.io.record.KindRecognizer;
import org.ouraviewer.io.record.RecordKind;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.UnreadableFile;
import org.ouraviewer.model.OuraKind;

/**
 * Finds every list of Oura records in one JSON file, wherever it sits: the top level, an envelope's
 * {@code data}, any wrapper key, nested a few levels ({@code {"daily_activity": {"data": [...]}}}), or a
 * list of such wrappers. Each list's kind comes from its records' fields; the key or file name is a hint
 * only where the fields fit several kinds. Without any list, the top-level object is one document.
 */
final class JsonRecordWalk {
    /** Wrapper levels searched for lists of records; below that, values are parts of a record. */
    private static final int MAX_WRAPPER_DEPTH = 4;
    /** Lists of objects inside a document that are parts of it, not records (rest-mode episodes, error details). */
    private static final Set<String> PARTS = Set.of("episodes", "detail", "errors", "items");
    /** Leading objects of a list looked at to find its kind before the list is taken for something else. */
    private static final int LOOK_FOR_KIND = 10;

    private final JsonParser p;
    private final RecordSink sink;
    private final Optional<OuraKind> fileHint;
    private final HeartRateRows heartRateRows;
    /** Lists of records found so far: once there is one, the file is not a single document. */
    private int lists;
    /** Empty lists met: {@code {"data": [], "next_token": null}} is an empty envelope, not an unknown document. */
    private int emptyLists;
    /** What the first list that held no Oura records looked like, for the message when nothing else is found. */
    private String unknownRecords;
    /** The heart-rate row being read, and where it is (asked only when the row is skipped): no object a row. */
    private int rowIndex;
    private final java.util.function.Supplier<String> rowWhere = () -> where(rowIndex, parser().currentTokenLocation());

    JsonRecordWalk(JsonParser parser, RecordSink sink, String fileName) {
        this.p = parser;
        this.sink = sink;
        this.fileHint = KindRecognizer.fromName(fileName);
        this.heartRateRows = new HeartRateRows(parser, sink);
    }

    private JsonParser parser() {
        return p;
    }

    void file() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new UnreadableFile("the file is empty");
        }
        if (first == JsonToken.START_ARRAY) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.END_ARRAY) {
                throw new UnreadableFile("record 1 at " + JsonErrors.position(p.currentTokenLocation())
                        + ": expected a record (a JSON object), found " + describe(t));
            }
            list(t, 0, fileHint);
        } else if (first == JsonToken.START_OBJECT) {
            ObjectNode top = object(0, fileHint);
            if (lists == 0 && (emptyLists == 0 || KindRecognizer.recognize(top, fileHint).isPresent())) {
                singleDocument(top);
            }
        } else {
            throw new UnreadableFile("expected a JSON array or object, not a single value");
        }
        if (lists > 0 && sink.isEmpty() && sink.skipped() == 0 && unknownRecords != null) {
            throw new UnreadableFile(unknownRecords);
        }
        if (p.nextToken() != null) {
            throw new UnreadableFile(JsonErrors.position(p.currentTokenLocation())
                    + ": more content after the end of the data");
        }
    }

    /** An object whose START_OBJECT was read: a wrapper's lists go to the sink, the rest comes back as a tree. */
    private ObjectNode object(int depth, Optional<OuraKind> hint) throws IOException {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            Optional<OuraKind> keyHint = KindRecognizer.fromName(field).or(() -> hint);
            if (depth >= MAX_WRAPPER_DEPTH || PARTS.contains(field)) {
                tree.set(field, RecordTreeReader.read(p));
            } else if (t == JsonToken.START_ARRAY) {
                JsonNode value = list(p.nextToken(), depth + 1, keyHint);
                if (value != null) {
                    tree.set(field, value);
                }
            } else if (t == JsonToken.START_OBJECT) {
                int before = lists;
                ObjectNode value = object(depth + 1, keyHint);
                if (lists == before) {
                    tree.set(field, value);
                }
            } else {
                tree.set(field, RecordTreeReader.read(p));
            }
        }
        return tree;
    }

    /**
     * A list whose first element token {@code t} is current. Returns null when it was a list of records
     * (or of wrappers), now in the sink; otherwise the list as a value of the enclosing object.
     */
    private JsonNode list(JsonToken t, int depth, Optional<OuraKind> hint) throws IOException {
        if (t == JsonToken.END_ARRAY) {
            emptyLists++; // a record's empty field ("tags": []) or an empty list of records: either way, nothing
            return JsonNodeFactory.instance.arrayNode();
        }
        if (t != JsonToken.START_OBJECT) {
            return RecordTreeReader.arrayFrom(p, t);
        }
        int listsBefore = lists;
        int index = 1;
        JsonLocation start = p.currentTokenLocation();
        ObjectNode first = object(depth, hint);
        if (lists > listsBefore) {
            wrappers(depth);
            return null;
        }
        lists++;
        Optional<RecordKind> kind = KindRecognizer.recognize(first, hint);
        // a list may open with a record of no known kind (a day in progress, a hand edit): look a little further
        while (kind.isEmpty() && index <= LOOK_FOR_KIND) {
            String fields = fieldNames(first);
            if (unknownRecords == null) {
                unknownRecords = "record " + index + " at " + JsonErrors.position(start)
                        + ": not an Oura record this app knows (fields: " + clip(fields) + ")";
            }
            t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return null;
            }
            index++;
            if (t != JsonToken.START_OBJECT) {
                skipElement(index, t);
                continue;
            }
            start = p.currentTokenLocation();
            first = RecordTreeReader.object(p);
            kind = KindRecognizer.recognize(first, hint);
            if (kind.isPresent()) {
                for (int i = 1; i < index; i++) {
                    sink.skip(null, "record " + i + " before " + JsonErrors.position(start)
                            + ": not a record of " + kind.get().label() + " (fields: " + clip(fields) + ")");
                }
            }
        }
        if (kind.isEmpty()) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                p.skipChildren(); // not Oura records: a script's own list, say
            }
            return null;
        }
        RecordKind k = kind.get();
        JsonLocation firstAt = start;
        int firstIndex = index;
        sink.add(k, first, () -> where(firstIndex, firstAt));
        records(k, index);
        return null;
    }

    /** The rest of a list of records of one kind, after its element {@code index}. */
    private void records(RecordKind kind, int index) throws IOException {
        boolean heartRate = kind.kind() == OuraKind.HEARTRATE && !kind.v1();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            if (t != JsonToken.START_OBJECT) {
                skipElement(index, t);
            } else if (heartRate) {
                rowIndex = index;
                heartRateRows.row(rowWhere);
            } else {
                JsonLocation at = p.currentTokenLocation();
                int n = index;
                sink.add(kind, RecordTreeReader.object(p), () -> where(n, at));
            }
        }
    }

    /** The rest of a list of wrapper objects, after its first element. */
    private void wrappers(int depth) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                object(depth, Optional.empty());
            } else {
                p.skipChildren();
            }
        }
    }

    private void skipElement(int index, JsonToken t) throws IOException {
        String where = where(index, p.currentTokenLocation());
        p.skipChildren();
        sink.skip(where, "expected a record (a JSON object), found " + describe(t));
    }

    /** Without any list of records, the top-level object is one document (or an error answer of the API). */
    private void singleDocument(ObjectNode single) throws UnreadableFile {
        if (single.size() == 1 && single.has("detail") || single.has("status") && single.has("title")) {
            throw new UnreadableFile("an error answer of the Oura API, not data: "
                    + clip(single.path("detail").isTextual() ? single.path("detail").asText()
                    : single.path("title").asText("no details")));
        }
        RecordKind kind = KindRecognizer.recognize(single, fileHint).orElseThrow(() -> new UnreadableFile(
                "not an Oura record this app knows (fields: " + clip(fieldNames(single)) + ")"));
        sink.add(kind, single, () -> "the document");
    }

    private static String where(int index, JsonLocation at) {
        String position = JsonErrors.position(at);
        return "record " + index + (position.isEmpty() ? "" : " at " + position);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_NULL -> "null";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
