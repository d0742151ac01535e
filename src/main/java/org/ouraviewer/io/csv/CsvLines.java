package org.ouraviewer.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV as the parser should see it, line by line: every line end ({@code \r\n}, {@code \n}
 * and the old Mac's lone {@code \r}) becomes {@code \n}, and a cell that opens with a quote but is not a
 * complete quoted field ({@code "late" dinner}, a tag comment in the Membership Hub export, which writes
 * cells unquoted) has its quotes read as text. The parser itself stays Jackson's: this only decides, per
 * cell, whether a leading quote opens a quoted field. Line numbers are unchanged.
 */
final class CsvLines extends Reader {
    private final BufferedReader in;
    private final char separator;
    /** A quoted field goes on over line ends in comma files; the {@code ;} export never quotes across lines. */
    private final boolean multiLineFields;
    private boolean insideQuotes;
    /** The current line without its line end, and the next character of it to give (its length: the line end). */
    private String line = "";
    private int at = 1;

    CsvLines(Reader in, char separator) {
        this.in = new BufferedReader(in, 1 << 16);
        this.separator = separator;
        this.multiLineFields = separator != ';';
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (at > line.length()) { // the line and its line end are read
            String next = in.readLine();
            if (next == null) {
                return -1;
            }
            line = repair(next);
            at = 0;
        }
        int n = Math.min(len, line.length() - at);
        line.getChars(at, at + n, buf, off);
        at += n;
        if (n < len && at == line.length()) { // the line end, added here: no second copy of every line with it
            buf[off + n] = '\n';
            at++;
            n++;
        }
        return n;
    }

    /** The line with every leading quote that does not open a complete quoted field made text. */
    String repair(String text) {
        if (text.indexOf('"') < 0 && !insideQuotes) {
            return text; // nearly every line: no work
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        int n = text.length();
        if (insideQuotes) {
            int close = closingQuote(text, 0);
            if (close < 0) {
                return text;
            }
            insideQuotes = false;
            i = cellEnd(text, close + 1);
            out.append(text, 0, i);
            if (i >= n) {
                return out.toString();
            }
            out.append(separator);
            i++;
        }
        while (true) {
            int start = skipSpaces(text, i);
            int end;
            if (start < n && text.charAt(start) == '"') {
                int close = closingQuote(text, start + 1);
                int after = close < 0 ? -1 : skipSpaces(text, close + 1);
                if (after >= 0 && (after == n || text.charAt(after) == separator)) {
                    out.append(text, i, after); // a complete quoted field
                    end = after;
                } else if (close < 0 && multiLineFields) {
                    out.append(text, i, n); // the field goes on on the next line
                    insideQuotes = true;
                    return out.toString();
                } else {
                    end = cellEnd(text, start);
                    out.append('"').append(text.substring(start, end).replace("\"", "\"\"")).append('"');
                }
            } else {
                end = cellEnd(text, i);
                out.append(text, i, end);
            }
            if (end >= n) {
                return out.toString();
            }
            out.append(separator);
            i = end + 1;
        }
    }

    /** The quote closing a field whose text starts at {@code from} (doubled quotes are text), or -1. */
    private static int closingQuote(String text, int from) {
        for (int p = text.indexOf('"', from); p >= 0; p = text.indexOf('"', p + 2)) {
            if (p + 1 >= text.length() || text.charAt(p + 1) != '"') {
                return p;
            }
        }
        return -1;
    }

    private int cellEnd(String text, int from) {
        int sep = text.indexOf(separator, from);
        return sep < 0 ? text.length() : sep;
    }

    private static int skipSpaces(String text, int from) {
        int p = from;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
