package org.ouraviewer.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ticks of a day axis, next to {@link TimeTicks} for clock axes: every day, every other day, Mondays, every
 * other Monday, months, quarters, half-years, years or every few years, whichever is the finest that leaves
 * room for its labels at the scale given. Labels say what changes at that step ("5 Mar", "Mar", "2024"), and
 * a tick where the year changes says the year too ({@link Tick#major()}), so a span of any length reads
 * without a separate year line.
 */
public final class DayTicks {
    /** A tick on {@code day}; {@code major} where a longer unit (month or year) starts, for a stronger grid line. */
    public record Tick(LocalDate day, String label, boolean major) {
    }


    /** The steps, finest first: the step in days or months, and its usual label's width in characters. */
    private enum Step {
        DAY(1, 0, 8), TWO_DAYS(2, 0, 8), WEEK(7, 0, 8), TWO_WEEKS(14, 0, 8), MONTH(0, 1, 8), QUARTER(0, 3, 8),
        HALF_YEAR(0, 6, 8), YEAR(0, 12, 4), TWO_YEARS(0, 24, 4), FIVE_YEARS(0, 60, 4), TEN_YEARS(0, 120, 4);

        final int days;
        final int months;
        final int labelChars;

        Step(int days, int months, int labelChars) {
            this.days = days;
            this.months = months;
            this.labelChars = labelChars;
        }

        double approximateDays() {
            return days > 0 ? days : months * 30.44;
        }
    }

    private DayTicks() {
    }

    /** "Mar", in English like the rest of the app; from the enum rather than a formatter, whose locale data costs a headless export a tenth of a second. */
    private static String month(LocalDate d) {
        String name = d.getMonth().name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /**
     * The ticks within {@code [from, to]} at {@code pixelsPerDay}, with labels of {@code fontSize} pixels
     * kept at least two characters apart.
     */
    public static List<Tick> ticks(LocalDate from, LocalDate to, double pixelsPerDay, double fontSize) {
        Step step = Step.TEN_YEARS;
        for (Step s : Step.values()) {
            if (s.approximateDays() * pixelsPerDay >= (s.labelChars + 2) * fontSize * 0.6) {
                step = s;
                break;
            }
        }
        List<Tick> out = new ArrayList<>();
        if (step.days > 0) {
            // days count from the epoch so that ticks stay put while the range moves; weeks start on Mondays
            LocalDate d = step.days >= 7 ? from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                    : LocalDate.ofEpochDay(Math.floorDiv(from.toEpochDay() + step.days - 1, step.days) * step.days);
            if (step == Step.TWO_WEEKS && Math.floorMod(d.toEpochDay() / 7, 2) == 1) {
                d = d.plusWeeks(1);
            }
            for (; !d.isAfter(to); d = d.plusDays(step.days)) {
                boolean newYear = out.isEmpty() || out.get(out.size() - 1).day().getYear() != d.getYear();
                boolean newMonth = out.isEmpty() || out.get(out.size() - 1).day().getMonth() != d.getMonth();
                out.add(new Tick(d, d.getDayOfMonth() + " " + month(d) + (newYear ? " " + d.getYear() : ""),
                        newMonth && !out.isEmpty()));
            }
            return out;
        }
        long firstMonth = from.getYear() * 12L + from.getMonthValue() - 1 + (from.getDayOfMonth() == 1 ? 0 : 1);
        long month = Math.floorDiv(firstMonth + step.months - 1, step.months) * step.months;
        for (LocalDate d = LocalDate.of((int) (month / 12), (int) (month % 12) + 1, 1); !d.isAfter(to);
             d = d.plusMonths(step.months)) {
            boolean newYear = out.isEmpty() || out.get(out.size() - 1).day().getYear() != d.getYear();
            String label = step.months >= 12 ? Integer.toString(d.getYear()) : month(d) + (newYear ? " " + d.getYear() : "");
            out.add(new Tick(d, label, newYear && step.months < 12));
        }
        return out;
    }
}
