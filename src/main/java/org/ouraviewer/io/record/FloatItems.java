package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.Arrays;

/**
 * A list of numbers read straight into a {@code float[]} ({@link Float#NaN} where the list had null) and
 * carried in a record's tree as one node. Sleep and activity records are mostly such lists (MET each
 * minute: 1,440 numbers a day), and a node per number was most of their load time.
 */
public record FloatItems(float[] values) {
    /** The numbers of {@code node} if it was read as a list of numbers, else null. */
    public static float[] of(JsonNode node) {
        return node instanceof POJONode p && p.getPojo() instanceof FloatItems f ? f.values() : null;
    }

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
