package org.ouraviewer.io.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ouraviewer.model.HeartRateSource;
import org.ouraviewer.model.RecordBatch;
import org.ouraviewer.model.SourceRank;

/**
 * What reading one file collects, whatever its format: the records (one batch per source they rank as),
 * and the records skipped with the first reason. One bad record costs that record, not the file
 * ({@code DATA.md}). Not thread-safe; one per file.
 */
public final class RecordSink {
    private final SourceRank rank;
    private final Map<SourceRank, RecordBatch.Builder> batches = new EnumMap<>(SourceRank.class);
    private int skipped;
    private int droppedValues;
    private String warning;
    private boolean ignored;

    /** @param rank how the file's V2 records rank (V1 records always rank as {@link SourceRank#V1}) */
    public RecordSink(SourceRank rank) {
        this.rank = rank;
    }

    /**
     * Maps one record of a known kind into the model; a record that does not fit (a field missing, of the
     * wrong type or out of range) is skipped and counted instead. Says whether it was kept.
     *
     * @param where where the record is, for the report ("record 3 at line 7, column 2"); asked only on a skip
     */
    public boolean add(RecordKind kind, JsonNode node, Supplier<String> where) {
        try {
            RecordFields fields = new RecordFields(node);
            if (kind.v1()) {
                V1RecordMapper.map(kind.kind(), fields, batch(SourceRank.V1));
            } else {
                V2RecordMapper.map(kind.kind(), fields, batch(rank));
            }
            if (fields.dropped().count() > 0) {
                droppedValues += fields.dropped().count();
                note(where.get() + ": " + fields.dropped().first() + " (left out as a gap)");
            }
            return true;
        } catch (RecordException | IllegalArgumentException | DateTimeException | ArithmeticException e) {
            skip(where.get(), e.getMessage());
            return false;
        }
    }

    /** A heart-rate row read by a streaming reader; an impossible one is skipped and counted. */
    public void addHeartRate(long epochSecond, double bpm, HeartRateSource source, Supplier<String> where) {
        try {
            V2RecordMapper.addHeartRate(batch(rank), epochSecond, bpm, source);
        } catch (RecordException | IllegalArgumentException e) {
            skip(where.get(), e.getMessage());
        }
    }

    /** A record left out; the first reason is kept for the report. */
    public void skip(String where, String reason) {
        skipped++;
        if (skipped == 1) {
            warning = null; // a skipped record says more than a left-out value
        }
        note(where == null || where.isEmpty() ? reason : where + ": " + reason);
    }

    /**
     * Something about the whole file that was read one way of several (a repeated column name, a day
     * that could be month or day first): the warning, unless a left-out record or value came first.
     */
    public void warn(String reason) {
        note(reason);
    }

    private void note(String reason) {
        if (warning == null) {
            warning = reason;
        }
    }

    /** Sample values left out of series as impossible (each a gap; their records are kept). */
    public int droppedValues() {
        return droppedValues;
    }

    /** Marks the file as one the viewer recognises but does not use (the export's meals, consent, app state). */
    public void ignore() {
        ignored = true;
    }

    public boolean ignored() {
        return ignored;
    }

    public int skipped() {
        return skipped;
    }

    /** The first skipped record's position and reason (else the first left-out value's), or null. */
    public String warning() {
        return warning;
    }

    public boolean isEmpty() {
        return batches.values().stream().allMatch(RecordBatch.Builder::isEmpty);
    }

    /** The records, one batch per rank that has any. */
    public List<RecordBatch> build() {
        List<RecordBatch> out = new ArrayList<>();
        batches.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private RecordBatch.Builder batch(SourceRank r) {
        return batches.computeIfAbsent(r, RecordBatch.Builder::new);
    }
}
