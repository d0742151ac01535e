package org.ouraviewer.io.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ouraviewer.io.json.JsonErrors;
import org.ouraviewer.io.record.UnreadableFile;

/**
 * The rows of a CSV, streamed by Jackson's CSV parser one cell at a time: the Membership Hub's
 * {@code heartrate.csv} holds years of rows, so cells are read as the parser's characters and only the
 * cells a reader asks for become strings. The encoding (UTF-8, or UTF-16 by its BOM), a leading BOM and
 * every kind of line end are handled here, and a leading quote that opens no quoted field is text
 * ({@link CsvLines}).
 */
final class CsvRows implements AutoCloseable {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 << 20).build())
            .build();
    /**
     * Cells past this many in a row are not kept (the Trends CSV has 56 columns; a pandas dump of
     * flattened samples can have a thousand, its key columns last).
     */
    private static final int MAX_COLUMNS = 4096;

    private final CsvParser parser;
    private final List<String> header = new ArrayList<>();
    private String[] cells = new String[0];
    private char[][] chars = new char[0][];
    private int[] lengths = new int[0];
    private int count;
    private int row;
    private int line;
    private char[] cellBuffer = new char[256];

    /**
     * The rows of a stream, separated as its header is (a comma when its first line shows none); a stream
     * already buffered, as {@code FileFormats} gives it, is not buffered again.
     */
    static CsvRows of(InputStream in) throws IOException {
        java.io.BufferedInputStream buffered = in instanceof java.io.BufferedInputStream b ? b
                : new java.io.BufferedInputStream(in, 1 << 16);
        CsvHeader header = CsvHeader.sniff(buffered);
        return new CsvRows(buffered, header == null ? ',' : header.separator());
    }

    private CsvRows(InputStream in, char separator) throws IOException {
        InputStream marked = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        Reader reader = new CsvLines(new InputStreamReader(marked, TextHead.charset(marked)), separator);
        parser = (CsvParser) FACTORY.createParser(reader);
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader());
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        parser.enable(CsvParser.Feature.TRIM_SPACES);
        try {
            if (next()) {
                for (int i = 0; i < count; i++) {
                    String name = cell(i);
                    header.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
                }
            }
        } catch (JsonProcessingException e) {
            throw failure(e);
        }
    }

    /** The column names, as written (a BOM removed). */
    List<String> header() {
        return header;
    }

    /** Receives the cells of a row as the parser's characters, valid only during the call. */
    interface CellSink {
        void cell(int column, char[] chars, int offset, int length);
    }

    /**
     * Moves to the next data row and hands its cells to {@code sink} without copying them (the fast path
     * for millions of heart-rate rows); false at the end.
     */
    boolean next(CellSink sink) throws IOException {
        try {
            JsonToken t = parser.nextToken();
            while (t != null && t != JsonToken.START_ARRAY) {
                t = parser.nextToken();
            }
            if (t == null) {
                return false;
            }
            int column = 0;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (column == 0) { // where the row's first cell is: after the row, the parser is on the next line
                    line = parser.currentTokenLocation().getLineNr();
                }
                // the CSV parser keeps each value as a String: copy it into one reused buffer rather than
                // have getTextCharacters() make a new array for every cell
                String value = parser.getText();
                int len = value.length();
                if (len > cellBuffer.length) {
                    cellBuffer = new char[Math.max(len, cellBuffer.length * 2)];
                }
                value.getChars(0, len, cellBuffer, 0);
                sink.cell(column++, cellBuffer, 0, len);
            }
            row++;
            return true;
        } catch (JsonProcessingException e) {
            throw failure(e);
        }
    }

    /** Moves to the next data row, keeping its cells for {@link #cell}; false at the end. */
    boolean next() throws IOException {
        count = 0;
        return next((column, c, offset, length) -> {
            if (count < MAX_COLUMNS) {
                keep(count++, c, offset, length);
            }
        });
    }

    private void keep(int i, char[] c, int offset, int len) {
        if (i >= chars.length) {
            int n = Math.max(8, i * 2);
            chars = Arrays.copyOf(chars, n);
            lengths = Arrays.copyOf(lengths, n);
            cells = Arrays.copyOf(cells, n);
        }
        if (chars[i] == null || chars[i].length < len) {
            chars[i] = new char[Math.max(len, 32)];
        }
        System.arraycopy(c, offset, chars[i], 0, len);
        lengths[i] = len;
        cells[i] = null;
    }

    /**
     * Whether this row has text in cells past the header's last column: a separator inside an unquoted
     * cell (a {@code ;} in a tag comment) shifted its columns, so none of its cells is where it belongs.
     */
    boolean overflows() {
        for (int i = header.size(); i < count; i++) {
            if (lengths[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for a row that {@link #overflows()}. */
    String overflowReason() {
        return count + " cells where the header names " + header.size()
                + " (a separator inside an unquoted cell shifted its columns)";
    }

    /** Cells in this row. */
    int count() {
        return count;
    }

    /** The cell's characters (valid until {@link #next}); see {@link #length}. */
    char[] chars(int i) {
        return chars[i];
    }

    int length(int i) {
        return i < count ? lengths[i] : 0;
    }

    /** The cell as text; empty when the row has no such cell. */
    String cell(int i) {
        if (i >= count) {
            return "";
        }
        if (cells[i] == null) {
            cells[i] = new String(chars[i], 0, lengths[i]);
        }
        return cells[i];
    }

    /** Data rows read so far (the header not counted). */
    int row() {
        return row - 1;
    }

    /** Where this row is, for the report. */
    String where() {
        return "row " + row() + (line > 0 ? " (line " + line + ")" : "");
    }

    private UnreadableFile failure(JsonProcessingException e) {
        return new UnreadableFile(JsonErrors.describe(e, parser.currentLocation()));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
