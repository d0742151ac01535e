package org.ouraviewer.chart.nights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.ouraviewer.metrics.BinStats;
import org.ouraviewer.metrics.MedianNight;
import org.ouraviewer.metrics.PhaseShares;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.text.CellText;
import org.ouraviewer.text.DelimitedText;
import org.ouraviewer.text.NumberText;

/**
 * The Nights tab's series as CSV (RFC 4180, CRLF).
 *
 * <p>Actogram, one row per period of each day of the range, in day order then by start:
 * {@code day, type, start, start_offset, end, end_offset, length_s, phases, tagged, workout}: the day it counts
 * for, its type as the API writes it, start and end as the recorded local clock read them
 * ({@code 2024-03-01T23:10:00}) with their offsets, its length from the instants, its
 * {@code sleep_phase_5_min} (empty without one), and whether the day is marked as tagged and has a workout.
 *
 * <p>Median night, one row per set and 5-minute bin: {@code set, nights, offset_s, hr_median, hr_p25, hr_p75,
 * hr_n, hrv_median, hrv_p25, hrv_p75, hrv_n, deep, light, rem, awake}, the numbers of {@code median-night
 * --json} (rounded to 10 significant digits, empty where that has null).
 */
public final class NightsCsv {
    public static final String ACTOGRAM_HEADER =
            "day,type,start,start_offset,end,end_offset,length_s,phases,tagged,workout";
    public static final String MEDIAN_HEADER = "set,nights,offset_s,hr_median,hr_p25,hr_p75,hr_n,hrv_median,hrv_p25,"
            + "hrv_p75,hrv_n,deep,light,rem,awake";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private NightsCsv() {
    }

    public static void actogram(OuraData data, LocalDate from, LocalDate to, Collection<LocalDate> markedDays,
                                OutputStream out) throws IOException {
        java.util.Set<LocalDate> marked = new java.util.HashSet<>(markedDays);
        java.util.Set<LocalDate> workouts = new java.util.HashSet<>();
        data.workouts().forEach(w -> workouts.add(w.day()));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(ACTOGRAM_HEADER + "\r\n");
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (SleepPeriod p : data.sleepPeriods(day)) {
                w.write(String.join(",", day.toString(), p.type().code(), LOCAL.format(p.start()), CellText.offset(p.start()),
                        LOCAL.format(p.end()), CellText.offset(p.end()), Long.toString(p.length().getSeconds()),
                        DelimitedText.csvField(p.phases5Min() == null ? "" : p.phases5Min()),
                        Boolean.toString(marked.contains(day)), Boolean.toString(workouts.contains(day))));
                w.write("\r\n");
            }
        }
        w.flush();
    }

    /** The sets in order; a null set is left out. */
    public static void median(List<MedianSet> sets, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(MEDIAN_HEADER + "\r\n");
        for (MedianSet set : sets) {
            if (set == null) {
                continue;
            }
            MedianNight m = set.median();
            PhaseShares p = m.phases();
            String name = DelimitedText.csvField(set.name());
            for (int b = 0; b < m.bins(); b++) {
                StringBuilder row = new StringBuilder(name).append(',').append(m.nights()).append(',')
                        .append(m.offsetSeconds(b));
                stats(row, m.heartRate(), b);
                stats(row, m.hrv(), b);
                for (PhaseShares.Phase phase : PhaseShares.Phase.values()) {
                    row.append(',').append(NumberText.cell(p.share(phase, b)));
                }
                w.write(row.append("\r\n").toString());
            }
        }
        w.flush();
    }

    private static void stats(StringBuilder row, BinStats s, int b) {
        row.append(',').append(NumberText.cell(s.median(b))).append(',').append(NumberText.cell(s.p25(b))).append(',')
                .append(NumberText.cell(s.p75(b))).append(',').append(s.count(b));
    }
}
