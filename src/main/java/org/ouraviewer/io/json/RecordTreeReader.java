package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import org.ouraviewer.io.record.FloatItems;

/**
 * Reads one record into a tree, like {@code readValueAsTree}, except that a list of numbers (and nulls)
 * becomes one {@link FloatItems} node instead of a node per number. A number too large for a double
 * ({@code 1e999}) reads as infinity, which the record's checks then refuse: one bad number costs its
 * record, not the file. Depth is bounded by the parser's nesting limit, so the recursion cannot overflow.
 */
public final class RecordTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordTreeReader() {
    }

    /** Reads the value the parser is on (its first token already read). */
    public static JsonNode read(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> arrayFrom(p, p.nextToken());
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(doubleValue(p));
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.pojoNode(p.getEmbeddedObject());
        };
    }

    /** The rest of an object whose START_OBJECT was read. */
    static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode o = NODES.objectNode();
        String field;
        while ((field = p.nextFieldName()) != null) {
            p.nextToken();
            o.set(field, read(p));
        }
        return o;
    }

    /** A list whose START_ARRAY was read and whose first element token ({@code first}) is current. */
    static JsonNode arrayFrom(JsonParser p, JsonToken first) throws IOException {
        float[] numbers = new float[16];
        int n = 0;
        boolean anyNumber = false;
        for (JsonToken t = first; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NULL) {
                if (n == numbers.length) {
                    numbers = Arrays.copyOf(numbers, n * 2);
                }
                anyNumber |= t != JsonToken.VALUE_NULL;
                numbers[n++] = t == JsonToken.VALUE_NULL ? Float.NaN : (float) doubleValue(p);
            } else {
                return mixedArray(p, numbers, n);
            }
        }
        if (!anyNumber) {
            ArrayNode a = NODES.arrayNode(n);
            for (int i = 0; i < n; i++) {
                a.addNull();
            }
            return a;
        }
        return NODES.pojoNode(new FloatItems(Arrays.copyOf(numbers, n)));
    }

    /** A number as a double; one beyond a double's range is infinite (and then refused by the record's checks). */
    static double doubleValue(JsonParser p) throws IOException {
        try {
            return p.getDoubleValue();
        } catch (NumberFormatException e) {
            return p.getText().startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }

    /** A list that is not all numbers; the parser is on its first element that is not a number. */
    private static JsonNode mixedArray(JsonParser p, float[] before, int count) throws IOException {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            a.add(Float.isNaN(before[i]) ? NODES.nullNode() : NODES.numberNode(before[i]));
        }
        do {
            a.add(read(p));
        } while (p.nextToken() != JsonToken.END_ARRAY);
        return a;
    }
}
