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
    private final int timestamp;
    private final int unix;
    private final int bpm;
    private final int source;
    private final TimestampParser timestamps = new TimestampParser();

    HeartRateColumns(List<String> header) {
        timestamp = header.indexOf("timestamp");
        unix = header.indexOf("timestamp_unix");
        bpm = header.indexOf("bpm");
        source = header.indexOf("source");
    }

    void readAll(CsvRows rows, RecordSink sink) throws IOException {
        while (rows.next()) {
            try {
                long time = time(rows);
                double beats = bpm(rows);
                HeartRateSource s = source < 0 || rows.length(source) == 0 ? HeartRateSource.UNKNOWN
                        : HeartRateSource.fromCode(rows.chars(source), 0, rows.length(source));
                sink.addHeartRate(time, beats, s, rows::where);
            } catch (RecordException e) {
                sink.skip(rows.where(), e.getMessage());
            }
        }
    }

    private long time(CsvRows rows) {
        if (timestamp >= 0 && rows.length(timestamp) > 0) {
            return timestamps.epochSecond(rows.chars(timestamp), 0, rows.length(timestamp));
        }
        if (unix >= 0 && rows.length(unix) > 0) {
            return TimestampParser.epochSecondOfUnix(CellText.number(rows.cell(unix), "timestamp_unix"));
        }
        throw new RecordException("timestamp is missing");
    }

    /** Whole beats per minute are the rule: read their digits without making a string. */
    private double bpm(CsvRows rows) {
        int len = bpm < 0 ? 0 : rows.length(bpm);
        if (len == 0) {
            throw new RecordException("bpm is missing");
        }
        char[] c = rows.chars(bpm);
        if (len <= 3) {
            int v = 0;
            boolean digits = true;
            for (int i = 0; i < len && digits; i++) {
                digits = c[i] >= '0' && c[i] <= '9';
                v = v * 10 + (c[i] - '0');
            }
            if (digits) {
                return v;
            }
        }
        String text = rows.cell(bpm);
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("null")) {
            throw new RecordException("bpm is missing");
        }
        return CellText.number(text, "bpm");
    }
}
