package org.ouraviewer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.OuraKind;
import org.ouraviewer.model.RecordBatch;

/**
 * Reads one Oura JSON file of any shape: an Open Humans array, an API envelope
 * {@code {"data": [...]}}, one bare document, or the V1 {@code oura-data.json}. Streams with Jackson, so
 * a 150 MB heart-rate file never becomes a tree; other records are small and read one tree at a time.
 * Never throws: a file that cannot be read gives a report with one sentence and no records.
 */
public final class OuraFileReader {
    /** Real Oura documents nest a few levels; anything deeper is not Oura data (and not a stack overflow). */
    static final int MAX_NESTING = 64;
    static final int MAX_STRING = 16 << 20;
    private static final Set<String> V1_ARRAYS = Set.of("sleep", "activity", "readiness");
    /** A bare factory, not an ObjectMapper: records become trees through {@link RecordTreeReader}, and
     *  setting up data binding is a start-up cost every command-line run would pay. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // sleep and activity documents are mostly lists of fractions (MET each minute)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(64).build())
            .build();

    private OuraFileReader() {
    }

    /** What one file gave: its report, and its records unless it failed. */
    public record Result(FileReport report, RecordBatch batch) {
    }

    public static Result read(InputSource source) {
        Reading reading = new Reading(source);
        try (InputStream in = source.open(); JsonParser parser = FACTORY.createParser(in)) {
            reading.parser = parser;
            reading.readFile();
            RecordBatch batch = reading.batch().build();
            return new Result(new FileReport(source.displayPath(), reading.label(), batch.recordCount(), null), batch);
        } catch (JsonProcessingException e) {
            return reading.failed(JsonErrors.describe(e, reading.parser == null ? null
                    : reading.parser.currentLocation()));
        } catch (RecordException e) {
            return reading.failed(reading.recordPosition() + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return reading.failed(IoMessages.describe(e));
        } catch (OutOfMemoryError e) {
            return reading.failed("too large to load in the memory available");
        }
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final InputSource source;
        private final Optional<OuraKind> kindFromName;
        private final TimestampParser timestamps = new TimestampParser();
        private JsonParser parser;
        private RecordKind kind;
        private RecordBatch.Builder batch;
        private int recordNumber;
        private JsonLocation recordStart;

        Reading(InputSource source) {
            this.source = source;
            this.kindFromName = KindRecognizer.fromFileName(source.fileName());
        }

        void readFile() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RecordException("the file is empty");
            }
            if (first == JsonToken.START_ARRAY) {
                readRecords();
            } else if (first == JsonToken.START_OBJECT) {
                readTopObject();
            } else {
                throw new RecordException("expected a JSON array or object, not a single value");
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new RecordException(JsonErrors.position(at) + ": more content after the end of the data");
            }
        }

        /** An envelope, a V1 export, or a single document; told apart by their fields. */
        private void readTopObject() throws IOException {
            ObjectNode single = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            boolean sawRecords = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("data") && value == JsonToken.START_ARRAY) {
                    readRecords();
                    sawRecords = true;
                } else if (V1_ARRAYS.contains(field) && value == JsonToken.START_ARRAY) {
                    // no V2 document has a list under these names: this is a V1 export, whatever its name
                    readV1Records(field);
                    sawRecords = true;
                } else if (sawRecords) {
                    parser.skipChildren();
                } else {
                    single.set(field, RecordTreeReader.read(parser));
                }
            }
            if (sawRecords) {
                return;
            }
            if (single.size() == 1 && single.has("detail") || single.has("status") && single.has("title")) {
                throw new RecordException("an error answer of the Oura API, not data: "
                        + clip(single.path("detail").asText(single.path("title").asText())));
            }
            recordNumber = 1;
            addRecord(single);
        }

        private void readV1Records(String field) throws IOException {
            RecordKind v1 = RecordKind.v1(switch (field) {
                case "sleep" -> OuraKind.SLEEP;
                case "activity" -> OuraKind.DAILY_ACTIVITY;
                default -> OuraKind.DAILY_READINESS;
            });
            kind = v1;
            batch(true);
            while (nextRecord()) {
                V1RecordMapper.map(v1.kind(), readTree(), batch);
            }
        }

        /** The elements of an array of documents; the parser is on its START_ARRAY. */
        private void readRecords() throws IOException {
            while (nextRecord()) {
                if (streamingHeartRate()) {
                    readHeartRateRow();
                } else {
                    addRecord(readTree());
                }
            }
        }

        private boolean nextRecord() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return false;
            }
            recordNumber++;
            // a location per row is a measurable cost over millions of heart-rate rows: those report
            // the position where reading failed instead of where the row began
            recordStart = streamingHeartRate() ? null : parser.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
                throw new RecordException("expected a record (a JSON object), found " + describe(t));
            }
            return true;
        }

        private boolean streamingHeartRate() {
            return kind != null && kind.kind() == OuraKind.HEARTRATE;
        }

        private JsonNode readTree() throws IOException {
            return RecordTreeReader.read(parser);
        }

        private void addRecord(JsonNode node) {
            if (kind == null) {
                kind = kindFromName.map(RecordKind::v2).or(() -> KindRecognizer.fromFields(node))
                        .orElseThrow(() -> new RecordException("not an Oura record this app knows (fields: "
                                + clip(fieldNames(node)) + ")"));
            }
            if (kind.v1()) {
                V1RecordMapper.map(kind.kind(), node, batch(true));
            } else {
                V2RecordMapper.map(kind.kind(), node, batch(false));
            }
        }

        /** One heart-rate row streamed into primitives; the parser is on its START_OBJECT. */
        private void readHeartRateRow() throws IOException {
            long time = Long.MIN_VALUE;
            int bpm = -1;
            HeartRateSource hrSource = HeartRateSource.UNKNOWN;
            String field;
            while ((field = parser.nextFieldName()) != null) { // Jackson's fast path for known names
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "bpm" -> {
                        if (v == JsonToken.VALUE_NUMBER_INT) {
                            bpm = parser.getIntValue();
                        } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                            bpm = (int) Math.round(parser.getDoubleValue());
                        } else if (v != JsonToken.VALUE_NULL) {
                            throw new RecordException("bpm should be a number");
                        }
                    }
                    case "timestamp" -> {
                        if (v != JsonToken.VALUE_STRING) {
                            throw new RecordException("timestamp should be text");
                        }
                        time = timestamps.epochSecond(parser.getTextCharacters(), parser.getTextOffset(),
                                parser.getTextLength());
                    }
                    case "source" -> hrSource = v == JsonToken.VALUE_STRING
                            ? HeartRateSource.fromCode(parser.getTextCharacters(), parser.getTextOffset(),
                            parser.getTextLength()) : HeartRateSource.UNKNOWN;
                    default -> parser.skipChildren();
                }
            }
            if (time == Long.MIN_VALUE) {
                throw new RecordException("timestamp is missing");
            }
            if (bpm >= 0) {
                V2RecordMapper.addHeartRate(batch(false), time, bpm, hrSource);
            }
        }

        RecordBatch.Builder batch(boolean v1) {
            if (batch == null) {
                batch = new RecordBatch.Builder(v1);
            }
            return batch;
        }

        RecordBatch.Builder batch() {
            return batch(KindRecognizer.isV1FileName(source.fileName()));
        }

        String label() {
            if (kind != null) {
                return kind.label();
            }
            if (KindRecognizer.isV1FileName(source.fileName())) {
                return "v1";
            }
            return kindFromName.map(OuraKind::route).orElse(null);
        }

        String recordPosition() {
            if (recordNumber == 0) {
                return "";
            }
            String where = JsonErrors.position(recordStart != null ? recordStart : parser.currentTokenLocation());
            return "record " + recordNumber + (where.isEmpty() ? "" : " at " + where) + ": ";
        }

        Result failed(String error) {
            return new Result(FileReport.failure(source.displayPath(), kind == null ? null : kind.label(), error),
                    null);
        }

        private static String describe(JsonToken t) {
            return switch (t) {
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        }

        private static String fieldNames(JsonNode node) {
            StringBuilder sb = new StringBuilder();
            node.fieldNames().forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
            return sb.toString();
        }

        private static String clip(String s) {
            return s.length() > 80 ? s.substring(0, 80) + "…" : s;
        }
    }
}
