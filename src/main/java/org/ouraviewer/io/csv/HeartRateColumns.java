package org.ouraviewer.io.csv;

import java.io.IOException;
import java.util.List;
import org.ouraviewer.io.record.CellText;
import org.ouraviewer.io.record.RecordException;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.TimestampParser;
import org.ouraviewer.model.HeartRateSource;

/**
 * Heart-rate rows of a CSV ({@code timestamp;bpm;source}, Oura on the Web's
 * {@code timestamp,bpm,quality,source,restorative}) read straight from the parser's characters: the
 * Membership Hub's {@code heartrate.csv} holds years of rows, and a tree per row would triple its load time.
 */
final class HeartRateColumns {
    private final int timestampColumn;
    private final int unixColumn;
    private final int bpmColumn;
    private final int sourceColumn;
    private final TimestampParser timestamps = new TimestampParser();

    HeartRateColumns(List<String> header) {
        timestampColumn = header.indexOf("timestamp");
        unixColumn = header.indexOf("timestamp_unix");
        bpmColumn = header.indexOf("bpm");
        sourceColumn = header.indexOf("source");
    }

    void readAll(CsvRows rows, RecordSink sink) throws IOException {
        Row row = new Row();
        java.util.function.Supplier<String> where = rows::where;
        while (rows.next(row)) {
            try {
                sink.addHeartRate(row.time(), row.bpm(), row.source, where);
            } catch (RecordException e) {
                sink.skip(rows.where(), e.getMessage());
            }
            row.clear();
        }
    }

    /** One row's cells, parsed as the parser hands them over. */
    private final class Row implements CsvRows.CellSink {
        private long time = Long.MIN_VALUE;
        private double bpm = Double.NaN;
        private HeartRateSource source = HeartRateSource.UNKNOWN;
        private String problem;

        @Override
        public void cell(int column, char[] c, int off, int len) {
            if (problem != null || len == 0) {
                return;
            }
            try {
                if (column == timestampColumn) {
                    time = timestamps.epochSecond(c, off, len);
                } else if (column == unixColumn && time == Long.MIN_VALUE) {
                    time = TimestampParser.epochSecondOfUnix(CellText.number(new String(c, off, len), "timestamp_unix"));
                } else if (column == bpmColumn) {
                    this.bpm = beats(c, off, len);
                } else if (column == sourceColumn) {
                    this.source = HeartRateSource.fromCode(c, off, len);
                }
            } catch (RecordException e) {
                problem = e.getMessage();
            }
        }

        long time() {
            if (problem != null) {
                throw new RecordException(problem);
            }
            if (time == Long.MIN_VALUE) {
                throw new RecordException("timestamp is missing");
            }
            return time;
        }

        double bpm() {
            if (Double.isNaN(bpm)) {
                throw new RecordException("bpm is missing");
            }
            return bpm;
        }

        void clear() {
            time = Long.MIN_VALUE;
            bpm = Double.NaN;
            source = HeartRateSource.UNKNOWN;
            problem = null;
        }
    }

    /** Whole beats per minute are the rule: read their digits without making a string. */
    private static double beats(char[] c, int off, int len) {
        if (len <= 3) {
            int v = 0;
            boolean digits = true;
            for (int i = off; i < off + len && digits; i++) {
                digits = c[i] >= '0' && c[i] <= '9';
                v = v * 10 + (c[i] - '0');
            }
            if (digits) {
                return v;
            }
        }
        String text = new String(c, off, len).strip();
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        return CellText.number(text, "bpm");
    }
}
