package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.model.SourceRank;

/**
 * The heart-rate hot path alone (not a test: timings depend on the machine): two million rows as the API writes
 * them, held in memory, streamed through {@link HeartRateRows} into a sink several times; prints ns per row and
 * rows per second. {@code bench/heart-rate-rows.sh} runs it.
 *
 * <pre>java -cp ... org.ouraviewer.io.json.HeartRateRowsBenchmark [ROWS] [ROUNDS]</pre>
 */
public final class HeartRateRowsBenchmark {
    private static final String[] SOURCES = {"awake", "rest", "sleep", "workout", "live", "session"};

    private HeartRateRowsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        byte[] json = rows(rows);
        System.out.printf("%,d rows, %.1f MB of JSON%n", rows, json.length / 1e6);
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            int read = read(json);
            long ns = System.nanoTime() - t0;
            System.out.printf("round %d: %d ms, %.0f ns a row, %.1f million rows/s (%,d read)%n", round, ns / 1_000_000,
                    (double) ns / rows, rows / (ns / 1e9) / 1e6, read);
        }
    }

    private static int read(byte[] json) throws IOException {
        RecordSink sink = new RecordSink(SourceRank.V2_DOCUMENT);
        int n = 0;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            HeartRateRows heartRate = new HeartRateRows(p, sink);
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                heartRate.row(() -> "a row");
                n++;
            }
        }
        return n - sink.skipped();
    }

    /** Rows every 66 s from 2020, the API's shape and timestamp format of late 2025 ({@code .000Z}). */
    private static byte[] rows(int count) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        long start = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        StringBuilder sb = new StringBuilder(count * 80).append('[');
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"bpm\":").append(50 + i % 90).append(",\"source\":\"")
                    .append(SOURCES[i % SOURCES.length]).append("\",\"timestamp\":\"")
                    .append(format.format(Instant.ofEpochSecond(start + 66L * i))).append("\"}");
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }
}
