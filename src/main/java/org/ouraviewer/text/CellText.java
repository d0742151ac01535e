package org.ouraviewer.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the tables write their cells: days with their weekday, lengths as hours and minutes, numbers. */
public final class CellText {
    /** Short weekday names, looked up once: tables format tens of thousands of days. */
    private static final String[] WEEKDAYS = new String[7];
    /** Number formats by decimals; NumberFormat is not thread-safe, and String.format is slow per cell. */
    private static final ThreadLocal<NumberFormat[]> NUMBER_FORMATS = ThreadLocal.withInitial(() -> new NumberFormat[4]);

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS[d.ordinal()] = d.getDisplayName(TextStyle.SHORT, Locale.getDefault(Locale.Category.FORMAT));
        }
    }

    private CellText() {
    }

    /** "2024-10-09 Wed": sorts as written, and the weekday helps find patterns. "" when missing. */
    public static String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return day + " " + WEEKDAYS[day.getDayOfWeek().ordinal()];
    }

    /** The clock time with the offset it was recorded in: "09:01 +07:00". "" when missing. */
    public static String clockWithOffset(OffsetDateTime t) {
        return t == null ? "" : Durations.clock(t) + " " + offset(t);
    }

    /** The offset as the API writes it: "+02:00", and "+00:00" rather than "Z". */
    public static String offset(OffsetDateTime t) {
        return t.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : t.getOffset().getId();
    }

    /** "0:45", "12:05"; from a day on "2 d 3:00". "" when missing or negative. */
    public static String duration(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long minutes = Math.round(d.getSeconds() / 60.0);
        long days = minutes / (24 * 60);
        long rest = minutes % (24 * 60);
        long m = rest % 60;
        String hm = (rest / 60) + (m < 10 ? ":0" : ":") + m;
        return days > 0 ? days + " d " + hm : hm;
    }

    /** A count with the user's grouping: "5,000". */
    public static String count(long n) {
        return number((double) n, 0);
    }

    /** Hours and minutes of a long total, grouped: "10,741:10". */
    public static String hours(Duration d) {
        long minutes = Math.round(d.getSeconds() / 60.0);
        long m = minutes % 60;
        return count(minutes / 60) + (m < 10 ? ":0" : ":") + m;
    }

    /** Whole minutes of a length, for files; "" when missing. */
    public static String minutes(Duration d) {
        return d == null ? "" : Long.toString(Math.round(d.getSeconds() / 60.0));
    }

    /** A number with {@code decimals} digits in the user's locale, "" when missing. */
    public static String number(Double value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat[] formats = NUMBER_FORMATS.get();
        int slot = Math.min(decimals, formats.length - 1);
        if (formats[slot] == null) {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
            f.setGroupingUsed(true);
            f.setMinimumFractionDigits(slot);
            f.setMaximumFractionDigits(slot);
            f.setRoundingMode(RoundingMode.HALF_UP);
            formats[slot] = f;
        }
        return formats[slot].format(value);
    }

    /** A number for files: a dot for the decimal point, no grouping; "" when missing. */
    public static String plainNumber(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
