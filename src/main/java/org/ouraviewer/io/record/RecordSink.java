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
 * the records skipped and the values left out, each with the first reason. One bad value costs that value,
 * one bad record that record, not the file ({@code DATA.md}). Not thread-safe; one per file.
 */
public final class RecordSink {
    private final SourceRank rank;
    private final Map<SourceRank, RecordBatch.Builder> batches = new EnumMap<>(SourceRank.class);
    private int skipped;
    private String firstSkip;
    private int leftOutValues;
    private String firstLeftOut;
    private String firstNote;
    private boolean ignored;

    /** @param rank how the file's V2 records rank (V1 records always rank as {@link SourceRank#V1}) */
    public RecordSink(SourceRank rank) {
        this.rank = rank;
    }

    /**
     * Maps one record of a known kind into the model; a record that cannot be placed or read (a day missing,
     * a field of the wrong type) is skipped and counted instead, an impossible value in a kept record is left
     * out and counted. Says whether the record was kept.
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
            LeftOutValues left = fields.leftOut();
            if (left.count() > 0) {
                if (leftOutValues == 0) {
                    firstLeftOut = where.get() + ": " + left.first();
                }
                leftOutValues += left.count();
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
        if (skipped++ == 0) {
            firstSkip = where == null || where.isEmpty() ? reason : where + ": " + reason;
        }
    }

    /**
     * Something about the whole file that was read one way of several (a repeated column name, a day
     * that could be month or day first); the first such note goes into the warning.
     */
    public void warn(String reason) {
        if (firstNote == null) {
            firstNote = reason;
        }
    }

    /** Values left out of kept records as impossible (fields read as null, series items, cut series ends). */
    public int leftOutValues() {
        return leftOutValues;
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

    /**
     * One sentence for the report, or null when nothing was left out: the first skipped record's position
     * and reason, then how many values kept records left out, with the first of them where no record was
     * skipped ("3 impossible values left out, the first in record 1 at line 3, column 9: efficiency -19 is
     * out of range (0 to 100)"), then the first note of {@link #warn}.
     */
    public String warning() {
        String left = leftOut();
        if (left == null || firstNote == null) {
            return left == null ? firstNote : left;
        }
        return left + "; " + firstNote;
    }

    private String leftOut() {
        if (leftOutValues == 0) {
            return firstSkip;
        }
        String values = leftOutValues == 1 ? "1 impossible value left out" : leftOutValues + " impossible values left out";
        if (firstSkip != null) {
            return firstSkip + "; " + values + " as well";
        }
        return values + (leftOutValues == 1 ? " in " : ", the first in ") + firstLeftOut;
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
