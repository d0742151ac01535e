package org.ouraviewer.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads one record into a tree, like {@code readValueAsTree}, except that a list of numbers (and nulls)
 * becomes one {@link FloatItems} node instead of a node per number. Sleep and activity records are
 * mostly such lists (MET each minute: 1,440 numbers a day), and a node per number was most of their load
 * time. Depth is bounded by the parser's nesting limit, so the recursion cannot overflow the stack.
 */
final class RecordTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordTreeReader() {
    }

    /** A list of numbers; {@link Float#NaN} where the list had null. */
    record FloatItems(float[] values) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < values.length; i++) {
                sb.append(i == 0 ? "" : ",").append(Float.isNaN(values[i]) ? "null" : Float.toString(values[i]));
            }
            return sb.append(']').toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FloatItems f && Arrays.equals(values, f.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** The numbers of {@code node} if it was read as a list of numbers, else null. */
    static float[] floatItems(JsonNode node) {
        return node instanceof POJONode p && p.getPojo() instanceof FloatItems f ? f.values() : null;
    }

    /** Reads the value the parser is on (its first token already read). */
    static JsonNode read(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.pojoNode(p.getEmbeddedObject());
        };
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode o = NODES.objectNode();
        String field;
        while ((field = p.nextFieldName()) != null) {
            p.nextToken();
            o.set(field, read(p));
        }
        return o;
    }

    private static JsonNode array(JsonParser p) throws IOException {
        float[] numbers = new float[16];
        int n = 0;
        boolean anyNumber = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NULL) {
                if (n == numbers.length) {
                    numbers = Arrays.copyOf(numbers, n * 2);
                }
                anyNumber |= t != JsonToken.VALUE_NULL;
                numbers[n++] = t == JsonToken.VALUE_NULL ? Float.NaN : p.getFloatValue();
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
