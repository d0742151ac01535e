package org.ouraviewer.text;

import java.util.List;

/**
 * Rows as delimited text: CSV for files (RFC 4180: comma separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled) and tab-separated text for the clipboard, which
 * spreadsheets paste into cells.
 */
public final class DelimitedText {
    private DelimitedText() {
    }

    /** A header line and one line per row, every line ending in CRLF. */
    public static <R> String csv(List<TextColumn<R>> columns, List<R> rows) {
        StringBuilder out = new StringBuilder(64 + rows.size() * columns.size() * 12);
        for (int i = 0; i < columns.size(); i++) {
            appendCsvField(out, i, columns.get(i).header());
        }
        out.append("\r\n");
        for (R row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                appendCsvField(out, i, columns.get(i).textOf(row));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One field, quoted when needed. */
    public static String csvField(String value) {
        StringBuilder out = new StringBuilder();
        appendCsvField(out, 0, value);
        return out.toString();
    }

    /**
     * One line per row, cells separated by tabs, lines by {@code \n}; tabs and line breaks inside a cell
     * become spaces, because the clipboard format has no quoting that every spreadsheet understands.
     */
    public static <R> String tsv(List<TextColumn<R>> columns, List<R> rows) {
        StringBuilder out = new StringBuilder(rows.size() * columns.size() * 12);
        for (R row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(columns.get(i).textOf(row).replaceAll("[\\t\\r\\n]+", " "));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendCsvField(StringBuilder out, int index, String value) {
        if (index > 0) {
            out.append(',');
        }
        String v = value == null ? "" : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        if (quote) {
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
            out.append(v);
        }
    }
}
