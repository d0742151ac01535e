package org.ouraviewer.io.record;

/**
 * The values one record's reading left out as impossible: a field read as null, a contributor or a series
 * item left out, the end of a series cut to its period. The record keeps everything else ({@code DATA.md}:
 * one bad value costs that value, not the record); the count and the first reason go to the file's warning.
 */
public final class LeftOutValues {
    private int count;
    private String first;

    /** One more value left out, and why. */
    void add(String reason) {
        if (count++ == 0) {
            first = reason;
        }
    }

    public int count() {
        return count;
    }

    /** Why the first value was left out, or null. */
    public String first() {
        return first;
    }
}
