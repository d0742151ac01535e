package org.ouraviewer.chart.nights;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ouraviewer.chart.SleepPhase;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.model.SleepType;
import org.ouraviewer.model.Workout;

/**
 * The actogram's content, one row per day from {@code from} to {@code to}, independent of any size: each
 * row's periods cut into runs of one state, placed in seconds after 18:00 of the evening before.
 *
 * <p><b>The clock.</b> A period is placed where its {@code bedtime_start} reads on the clock it was recorded
 * in (its own offset: a night in Bangkok at 23:00 +07:00 sits at 23:00, not at 17:00 home time), and runs as
 * long as its instants say. So a night across a daylight-saving change starts where the wearer went to bed
 * and keeps its true length (7 h in spring, 9 h in autumn); its end then reads an hour off the wall clock at
 * waking, which the hover says with both recorded times. A day's periods may have different offsets (a nap
 * after a flight): each is placed on its own.
 *
 * <p><b>The states.</b> Each 5-minute character of {@code sleep_phase_5_min} from {@code bedtime_start} is a
 * phase (1 deep … 4 awake); a period without a hypnogram (a Trends CSV night) is {@link #PLAIN}; a
 * {@code rest} or {@code deleted} period is {@link #REST}. The view shows 18:00 to 14:00 (20 h); what falls
 * outside it (an afternoon nap after 14:00) is cut at the edge and flagged ({@link #overflow}).
 *
 * <p>Every day of the range is a row, so a day without data stays an empty row: a gap, never zero. Arrays,
 * not objects: six years are ~2,200 rows and ~60,000 runs.
 */
public final class ActogramRows {
    public static final int NONE = 0;
    public static final int PLAIN = 5;
    public static final int REST = 6;
    /** The number of states, {@link #NONE} included. */
    public static final int STATES = 7;
    /** The first hour of the clock shown, on the evening before the row's day. */
    public static final int START_HOUR = 18;
    /** 18:00 to 14:00. */
    public static final int WINDOW_SECONDS = 20 * 3600;
    public static final int OVERFLOW_BEFORE = 1;
    public static final int OVERFLOW_AFTER = 2;
    private static final int PHASE_SECONDS = 300;

    private final LocalDate first;
    private final int rows;
    private final int[] rowStart;
    private final float[] runStart;
    private final float[] runEnd;
    private final byte[] runState;
    private final boolean[] tagged;
    private final boolean[] workout;
    private final byte[] overflow;
    private final int nights;

    private ActogramRows(LocalDate first, int rows, int[] rowStart, float[] runStart, float[] runEnd, byte[] runState,
                         boolean[] tagged, boolean[] workout, byte[] overflow, int nights) {
        this.first = first;
        this.rows = rows;
        this.rowStart = rowStart;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.runState = runState;
        this.tagged = tagged;
        this.workout = workout;
        this.overflow = overflow;
        this.nights = nights;
    }

    /**
     * The rows of the days from {@code from} to {@code to} (inclusive); {@code markedDays} are the days marked
     * as tagged (every tag's, or one tag's), workout days come from the data.
     */
    public static ActogramRows of(OuraData data, LocalDate from, LocalDate to, Collection<LocalDate> markedDays) {
        int rows = Math.max(0, (int) (to.toEpochDay() - from.toEpochDay()) + 1);
        Set<LocalDate> workoutDays = new HashSet<>();
        for (Workout w : data.workouts()) {
            workoutDays.add(w.day());
        }
        Set<LocalDate> marked = markedDays instanceof Set<LocalDate> s ? s : new HashSet<>(markedDays);
        Builder b = new Builder(rows);
        boolean[] tagged = new boolean[rows];
        boolean[] worked = new boolean[rows];
        byte[] overflow = new byte[rows];
        int nights = 0;
        for (int r = 0; r < rows; r++) {
            LocalDate day = from.plusDays(r);
            tagged[r] = marked.contains(day);
            worked[r] = workoutDays.contains(day);
            b.beginRow(r);
            List<SleepPeriod> periods = data.sleepPeriods(day);
            if (!periods.isEmpty()) {
                nights++;
            }
            long origin = day.minusDays(1).atTime(START_HOUR, 0).toEpochSecond(ZoneOffset.UTC);
            for (SleepPeriod p : periods) {
                overflow[r] |= b.add(p, placement(p, origin));
            }
        }
        b.rowStart[rows] = b.size;
        return new ActogramRows(from, rows, b.rowStart, Arrays.copyOf(b.start, b.size), Arrays.copyOf(b.end, b.size),
                Arrays.copyOf(b.state, b.size), tagged, worked, overflow, nights);
    }

    /** Seconds from the row's origin (18:00 the evening before, as a clock reads) to the period's recorded start. */
    static long placement(SleepPeriod p, long originLocalEpoch) {
        return p.start().toEpochSecond() + p.start().getOffset().getTotalSeconds() - originLocalEpoch;
    }

    /** The state of a period's 5-minute character {@code c}, or of the whole period without a hypnogram. */
    static int state(SleepType type, char c) {
        if (type == SleepType.REST || type == SleepType.DELETED) {
            return REST;
        }
        int phase = SleepPhase.of(c);
        return phase == SleepPhase.NONE ? PLAIN : phase;
    }

    /** Collects runs, merging neighbours of one state, cut to the window. */
    private static final class Builder {
        final int[] rowStart;
        float[] start = new float[256];
        float[] end = new float[256];
        byte[] state = new byte[256];
        int size;
        int rowFirst;

        Builder(int rows) {
            rowStart = new int[rows + 1];
        }

        /** Starts row {@code r}: runs never merge across rows. */
        void beginRow(int r) {
            rowStart[r] = size;
            rowFirst = size;
        }

        /** Adds a period placed {@code at} seconds after the row's origin; returns its overflow flags. */
        int add(SleepPeriod p, long at) {
            long length = Math.max(0, p.length().getSeconds());
            String phases = p.phases5Min();
            int flags = (at < 0 ? OVERFLOW_BEFORE : 0) | (at + length > WINDOW_SECONDS ? OVERFLOW_AFTER : 0);
            boolean hypnogram = phases != null && !phases.isEmpty() && p.type() != SleepType.REST
                    && p.type() != SleepType.DELETED;
            if (!hypnogram) {
                run(at, at + length, state(p.type(), '?'));
                return flags;
            }
            for (int i = 0; (long) i * PHASE_SECONDS < length; i++) {
                long s = at + (long) i * PHASE_SECONDS;
                // past the hypnogram's last character the period is still sleep: plain
                run(s, Math.min(s + PHASE_SECONDS, at + length), i < phases.length() ? state(p.type(), phases.charAt(i))
                        : PLAIN);
            }
            return flags;
        }

        private void run(long from, long to, int s) {
            float a = Math.max(0, from);
            float b = Math.min(WINDOW_SECONDS, to);
            if (b <= a) {
                return;
            }
            if (size > rowFirst && state[size - 1] == s && end[size - 1] == a) {
                end[size - 1] = b;
                return;
            }
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                state = Arrays.copyOf(state, size * 2);
            }
            start[size] = a;
            end[size] = b;
            state[size] = (byte) s;
            size++;
        }
    }

    public LocalDate first() {
        return first;
    }

    public int rows() {
        return rows;
    }

    public LocalDate day(int row) {
        return first.plusDays(row);
    }

    /** The row of {@code day}, or -1 outside the range. */
    public int row(LocalDate day) {
        long r = day.toEpochDay() - first.toEpochDay();
        return r < 0 || r >= rows ? -1 : (int) r;
    }

    /** How many rows have at least one period. */
    public int nights() {
        return nights;
    }

    /** The index of the row's first run; its runs end where the next row's begin. */
    public int firstRun(int row) {
        return rowStart[row];
    }

    public int endRun(int row) {
        return rowStart[row + 1];
    }

    /** Seconds after 18:00 of the evening before. */
    public float runStart(int run) {
        return runStart[run];
    }

    public float runEnd(int run) {
        return runEnd[run];
    }

    public int runState(int run) {
        return runState[run];
    }

    public boolean tagged(int row) {
        return tagged[row];
    }

    public boolean workout(int row) {
        return workout[row];
    }

    /** {@link #OVERFLOW_BEFORE} and/or {@link #OVERFLOW_AFTER} when some of the row lies outside 18:00–14:00. */
    public int overflow(int row) {
        return overflow[row];
    }

    /** The local clock time of the row's origin, for labels: 18:00 of the day before. */
    public static LocalDateTime origin(LocalDate day) {
        return day.minusDays(1).atTime(START_HOUR, 0);
    }
}
