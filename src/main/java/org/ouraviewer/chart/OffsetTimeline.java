package org.ouraviewer.chart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ouraviewer.model.SleepPeriod;

/**
 * The recorded UTC offset at each moment of a night, for reading instants as the wearer's clock did. A
 * period starts in the offset of its {@code bedtime_start}; when its {@code bedtime_end} has another offset
 * (a daylight-saving change), the change is placed where a time zone with exactly those two offsets has its
 * transition, else half-way. Positions on the axis always come from instants, so a night keeps its true length.
 */
public final class OffsetTimeline {
    private final long[] fromSeconds;
    private final ZoneOffset[] offsets;

    private OffsetTimeline(List<Long> from, List<ZoneOffset> offsets) {
        this.fromSeconds = from.stream().mapToLong(Long::longValue).toArray();
        this.offsets = offsets.toArray(ZoneOffset[]::new);
    }

    /** The timeline of periods given in order of start. */
    public static OffsetTimeline of(List<SleepPeriod> periods) {
        List<Long> from = new ArrayList<>();
        List<ZoneOffset> offs = new ArrayList<>();
        for (SleepPeriod p : periods) {
            add(from, offs, p.start().toEpochSecond(), p.start().getOffset());
            if (!p.end().getOffset().equals(p.start().getOffset())) {
                add(from, offs, change(p.start(), p.end()).getEpochSecond(), p.end().getOffset());
            }
        }
        if (offs.isEmpty()) {
            add(from, offs, Long.MIN_VALUE, ZoneOffset.UTC);
        }
        return new OffsetTimeline(from, offs);
    }

    /** One offset at every moment: a day's axis, which keeps the clock of its window (the Day tab). */
    public static OffsetTimeline constant(ZoneOffset offset) {
        return new OffsetTimeline(List.of(Long.MIN_VALUE), List.of(offset));
    }

    private static void add(List<Long> from, List<ZoneOffset> offs, long at, ZoneOffset offset) {
        if (!offs.isEmpty() && offs.get(offs.size() - 1).equals(offset)) {
            return;
        }
        from.add(at);
        offs.add(offset);
    }

    /**
     * When the clock changed between two recorded times of one period: the transition instant that most
     * time zones with these offsets at these instants agree on, else the midpoint.
     */
    static Instant change(OffsetDateTime start, OffsetDateTime end) {
        Instant a = start.toInstant();
        Instant b = end.toInstant();
        Map<Instant, Integer> votes = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneRules rules = ZoneId.of(id).getRules();
            if (!rules.getOffset(a).equals(start.getOffset()) || !rules.getOffset(b).equals(end.getOffset())) {
                continue;
            }
            ZoneOffsetTransition t = rules.nextTransition(a);
            if (t != null && !t.getInstant().isAfter(b) && t.getOffsetAfter().equals(end.getOffset())) {
                votes.merge(t.getInstant(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(a.plusSeconds(Math.max(0, b.getEpochSecond() - a.getEpochSecond()) / 2));
    }

    /** The offset in effect at {@code epochSecond}. */
    public ZoneOffset offsetAt(double epochSecond) {
        int i = offsets.length - 1;
        while (i > 0 && epochSecond < fromSeconds[i]) {
            i--;
        }
        return offsets[i];
    }

    /** The instant as the recorded clock read it. */
    public OffsetDateTime at(double epochSecond) {
        long whole = (long) Math.floor(epochSecond);
        int nanos = (int) Math.round((epochSecond - whole) * 1e9);
        if (nanos >= 1_000_000_000) {
            whole++;
            nanos = 0;
        }
        return Instant.ofEpochSecond(whole, nanos).atOffset(offsetAt(epochSecond));
    }

    /** The stretches of constant offset that overlap {@code [from, to)}. */
    public List<Stretch> stretches(double from, double to) {
        List<Stretch> out = new ArrayList<>();
        for (int i = 0; i < offsets.length; i++) {
            double s = i == 0 ? Double.NEGATIVE_INFINITY : fromSeconds[i];
            double e = i + 1 < offsets.length ? fromSeconds[i + 1] : Double.POSITIVE_INFINITY;
            if (e > from && s < to) {
                out.add(new Stretch(Math.max(s, from), Math.min(e, to), offsets[i]));
            }
        }
        return out;
    }

    /** A time range in epoch seconds with one offset. */
    public record Stretch(double from, double to, ZoneOffset offset) {
    }
}
