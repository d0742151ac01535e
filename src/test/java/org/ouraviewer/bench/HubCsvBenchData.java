package org.ouraviewer.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ouraviewer.sample.ExportCsv;

/**
 * The benchmark's five years again as the Membership Hub export writes them ({@code App Data/*.csv},
 * {@code ;}-delimited, nested objects as JSON in a cell), so the CSV readers are timed on the same records
 * as the JSON ones. Heart rate is converted row by row (1.8 million rows), the rest document by document.
 *
 * <pre>java -cp ... org.ouraviewer.bench.HubCsvBenchData JSON_DIR OUT_DIR</pre>
 */
public final class HubCsvBenchData {
    /** Open Humans names to the export's names. */
    private static final Map<String, String> NAMES = Map.of(
            "oura-v2-sleep.json", "sleepmodel.csv", "oura-v2-daily_sleep.json", "dailysleep.csv",
            "oura-v2-daily_readiness.json", "dailyreadiness.csv", "oura-v2-daily_activity.json", "dailyactivity.csv",
            "oura-v2-tag.json", "tag.csv", "oura-v2-workout.json", "workout.csv",
            "oura-v2-enhanced_tag.json", "enhancedtag.csv", "oura-v2-session.json", "session.csv");

    private HubCsvBenchData() {
    }

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args[0]);
        Path appData = Path.of(args[1]).resolve("App Data");
        Files.createDirectories(appData);
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            Path in = json.resolve(e.getKey());
            if (Files.exists(in)) {
                try (Writer w = Files.newBufferedWriter(appData.resolve(e.getValue()), StandardCharsets.UTF_8)) {
                    ExportCsv.hub(ExportCsv.documents(in), w, true);
                }
            }
        }
        heartRate(json.resolve("oura-v2-heartrate.json"), appData.resolve("heartrate.csv"));
    }

    private static void heartRate(Path in, Path out) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(in.toFile());
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("\uFEFFtimestamp;bpm;source\r\n");
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String time = "";
                String bpm = "";
                String source = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "timestamp" -> time = p.getText();
                        case "bpm" -> bpm = p.getText();
                        case "source" -> source = p.getText();
                        default -> p.skipChildren();
                    }
                }
                w.write(time + ';' + bpm + ';' + source + "\r\n");
            }
        }
    }
}
