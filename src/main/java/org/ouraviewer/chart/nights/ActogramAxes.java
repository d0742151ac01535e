package org.ouraviewer.chart.nights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Text;

/**
 * The actogram's axes: hour lines with clock labels above and below the rows, midnight stronger; on the left
 * the days (each row named while rows are a line of text tall, else every Monday's date), the months (every
 * month, quarter or year, whichever leaves room), and lines where months and years begin.
 */
public final class ActogramAxes {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private final List<Double> hourXs = new ArrayList<>();
    private double midnightX;
    private final List<Text> labels = new ArrayList<>();
    private final List<Double> monthLines = new ArrayList<>();
    private final List<Double> yearLines = new ArrayList<>();

    /** Whether a row per day leaves room to name each day: rows a line of text tall. */
    static boolean wantsDayLabels(int rows, double height, double fontSize) {
        return rows > 0 && (height - fontSize * 9) / rows >= fontSize * 1.15;
    }

    ActogramAxes(ActogramLayout layout, boolean dayLabels) {
        hours(layout);
        days(layout, dayLabels);
    }

    private void hours(ActogramLayout l) {
        double f = l.options().fontSize();
        double perHour = l.plot().width() / 20;
        int step = 4;
        for (int s : new int[] {1, 2, 3, 4}) {
            if (perHour * s >= f * 3.4) {
                step = s;
                break;
            }
        }
        boolean everyHour = perHour >= 10;
        for (int h = 0; h <= 20; h++) {
            double x = l.xOf(h * 3600.0);
            int clock = (ActogramRows.START_HOUR + h) % 24;
            if (clock == 0) {
                midnightX = x;
            }
            if (everyHour || h % step == 0) {
                hourXs.add(x);
            }
            if (h % step == 0) {
                String text = (clock < 10 ? "0" : "") + clock + ":00";
                labels.add(new Text(text, x, l.plot().top() - f * 0.5, f * 0.85, false, true,
                        Painter.Anchor.MIDDLE));
                labels.add(new Text(text, x, l.plot().bottom() + f * 1.2, f * 0.85, false, true,
                        Painter.Anchor.MIDDLE));
            }
        }
    }

    private void days(ActogramLayout l, boolean dayLabels) {
        ActogramRows rows = l.rows();
        int n = rows.rows();
        if (n == 0) {
            return;
        }
        double f = l.options().fontSize();
        double size = f * 0.85;
        double rowHeight = l.plot().height() / n;
        double monthPitch = rowHeight * 30.4;
        int monthStep = 12;
        for (int m : new int[] {1, 3, 6}) {
            if (monthPitch * m >= f * 1.4) {
                monthStep = m;
                break;
            }
        }
        boolean mondays = !dayLabels && rowHeight * 7 >= f * 1.2;
        double labelRight = l.marks().tagX() - f * 0.4;
        double lastMonthLabel = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            LocalDate day = rows.day(r);
            double y = centre(l, r) + size * 0.35;
            boolean monthStart = day.getDayOfMonth() == 1;
            if (r > 0 && monthStart) {
                if (day.getMonthValue() == 1) {
                    yearLines.add(l.rowTop(r));
                } else if (monthPitch >= 5) {
                    monthLines.add(l.rowTop(r));
                }
            }
            if (dayLabels) {
                String month = r == 0 || monthStart ? " " + MONTHS[day.getMonthValue() - 1]
                        + (r == 0 || day.getMonthValue() == 1 ? " " + day.getYear() : "") : "";
                labels.add(new Text(weekday(day) + " " + day.getDayOfMonth() + month, labelRight, y, size,
                        monthStart || r == 0, !(monthStart || r == 0), Painter.Anchor.END));
                continue;
            }
            boolean labelled = monthStart && (day.getMonthValue() - 1) % monthStep == 0;
            if (r == 0 && !labelled) {
                // the first row names its month unless the next label comes too soon
                LocalDate next = nextLabelledMonth(day, monthStep);
                labelled = (next.toEpochDay() - day.toEpochDay()) * rowHeight >= f * 1.4;
            }
            if (labelled) {
                String text = monthStep == 12 ? Integer.toString(day.getYear())
                        : MONTHS[day.getMonthValue() - 1] + (r == 0 || day.getMonthValue() <= monthStep
                        ? " " + day.getYear() : "");
                labels.add(new Text(text, f * 0.4, y, size, true, false, Painter.Anchor.START));
                lastMonthLabel = y;
            } else if (mondays && day.getDayOfWeek() == DayOfWeek.MONDAY && y - lastMonthLabel >= f
                    && day.getDayOfMonth() > 4) {
                // Mondays by their date; not in the first days of a month, whose label is just above
                labels.add(new Text(Integer.toString(day.getDayOfMonth()), labelRight, y, size, false,
                        true, Painter.Anchor.END));
            }
        }
    }

    private static LocalDate nextLabelledMonth(LocalDate day, int monthStep) {
        LocalDate m = day.withDayOfMonth(1).plusMonths(1);
        while ((m.getMonthValue() - 1) % monthStep != 0) {
            m = m.plusMonths(1);
        }
        return m;
    }

    private static double centre(ActogramLayout l, int row) {
        return (l.rowTop(row) + l.rowBottom(row)) / 2;
    }

    private static String weekday(LocalDate day) {
        String name = day.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** The x of each hour line. */
    public List<Double> hourXs() {
        return hourXs;
    }

    public double midnightX() {
        return midnightX;
    }

    /** Clock labels, month and day labels. */
    public List<Text> labels() {
        return labels;
    }

    /** The y where a month (not a year) begins, when months are tall enough for a line. */
    public List<Double> monthLines() {
        return monthLines;
    }

    public List<Double> yearLines() {
        return yearLines;
    }
}
