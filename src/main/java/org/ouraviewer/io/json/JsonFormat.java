package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ouraviewer.io.record.FileFormat;
import org.ouraviewer.io.record.RecordSink;
import org.ouraviewer.io.record.UnreadableFile;
import org.ouraviewer.model.SourceRank;

/**
 * Oura data as JSON, of any shape people have: Open Humans arrays, API envelopes, single documents, the V1
 * {@code oura-data.json}, Oura on the Web's {@code {"daily_sleep": [...]}}, scripts' own wrappers. The
 * records are found by content ({@link JsonRecordWalk}). Streams with Jackson, so a 150 MB heart-rate
 * file never becomes a tree; other records are small and read one tree at a time.
 */
public final class JsonFormat implements FileFormat {
    /** Real Oura documents nest a few levels; anything deeper is not Oura data (and not a stack overflow). */
    public static final int MAX_NESTING = 64;
    public static final int MAX_STRING = 16 << 20;
    /** Oura on the Web names its downloads {@code oura_<category>_<YYYY-MM-DDTHH-MM-SS>}. */
    private static final Pattern WEB_EXPORT_NAME = Pattern.compile("(?i).*oura_[a-z0-9-]+_\\d{4}-\\d{2}-\\d{2}t.*");
    /** A bare factory, not an ObjectMapper: setting up data binding is a start-up cost every command would pay. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            // sleep and activity documents are mostly lists of fractions (MET each minute)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(64).build())
            .build();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String label() {
        return "JSON";
    }

    @Override
    public java.util.List<String> extensions() {
        return java.util.List.of("json");
    }

    @Override
    public boolean accepts(String fileName, String head) {
        String start = head.stripLeading();
        return start.startsWith("{") || start.startsWith("[")
                || start.isEmpty() && fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public SourceRank rank(String fileName) {
        return WEB_EXPORT_NAME.matcher(fileName).matches() ? SourceRank.WEB_EXPORT : SourceRank.V2_DOCUMENT;
    }

    @Override
    public void read(String fileName, InputStream in, RecordSink sink) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonRecordWalk walk = new JsonRecordWalk(parser, sink, fileName);
            try {
                walk.file();
            } catch (JsonProcessingException e) {
                throw new UnreadableFile(JsonErrors.describe(e, parser.currentLocation()));
            }
        }
    }
}
