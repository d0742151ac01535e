package org.ouraviewer.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One column of a table of records {@code R}: its header, the text of its cell, and the value it sorts by
 * (the real value: a number, a duration, an instant; null when missing). The text functions are meant to
 * return strings computed once per row, so that showing, copying and exporting cost nothing per cell.
 *
 * @param numeric whether the column holds numbers (shown right-aligned)
 */
public record TextColumn<R>(String header, Function<R, String> text,
                            Function<R, ? extends Comparable<?>> sortKey, boolean numeric) {

    /** One key of a multi-column sort. */
    public record Sort<R>(TextColumn<R> column, boolean ascending) {
    }

    /** A column of words, sorted by its text ignoring case; blank text sorts as missing. */
    public static <R> TextColumn<R> ofText(String header, Function<R, String> text) {
        return new TextColumn<>(header, text, r -> {
            String s = text.apply(r);
            return s == null || s.isBlank() ? null : s.toLowerCase(Locale.ROOT);
        }, false);
    }

    /** A column sorted by a value of its own (a date, an instant, a duration). */
    public static <R> TextColumn<R> of(String header, Function<R, String> text,
                                       Function<R, ? extends Comparable<?>> sortKey) {
        return new TextColumn<>(header, text, sortKey, false);
    }

    /** A right-aligned column of numbers, sorted as numbers. */
    public static <R> TextColumn<R> ofNumber(String header, Function<R, String> text,
                                             Function<R, ? extends Comparable<?>> sortKey) {
        return new TextColumn<>(header, text, sortKey, true);
    }

    /** The cell's text, "" for none. */
    public String textOf(R row) {
        String s = text.apply(row);
        return s == null ? "" : s;
    }

    /** Orders rows by this column; rows missing the value come last in either direction. */
    public Comparator<R> order(boolean ascending) {
        return (a, b) -> {
            @SuppressWarnings("unchecked")
            Comparable<Object> ka = (Comparable<Object>) sortKey.apply(a);
            Object kb = sortKey.apply(b);
            if (ka == null || kb == null) {
                return ka == null ? (kb == null ? 0 : 1) : -1;
            }
            int c = ka.compareTo(kb);
            return ascending ? c : -c;
        };
    }

    /** The order of several sort keys, first key first; null (keep the rows' order) when there are none. */
    public static <R> Comparator<R> order(List<Sort<R>> sorts) {
        Comparator<R> result = null;
        for (Sort<R> s : sorts) {
            Comparator<R> next = s.column().order(s.ascending());
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }
}
