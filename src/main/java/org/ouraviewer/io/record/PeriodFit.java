package org.ouraviewer.io.record;

import java.time.Duration;
import java.util.Arrays;
import org.ouraviewer.model.SampleSeries;

/**
 * Series and strings of one item per interval of a period (samples, {@code sleep_phase_5_min},
 * {@code movement_30_sec}, {@code class_5_min}), cut to what the period holds ({@link FieldRanges#itemsFitting}).
 * Oura's own sandbox sleep document has 15 movement items for a period that holds 12: the items that fit are
 * kept, the rest left out and said, and the night stays.
 */
final class PeriodFit {
    private PeriodFit() {
    }

    static String text(String field, String text, Duration period, double intervalSeconds, LeftOutValues leftOut) {
        if (text == null) {
            return null;
        }
        int fits = FieldRanges.itemsFitting(period, intervalSeconds);
        if (text.length() <= fits) {
            return text;
        }
        leftOut.add(cut(field, text.length(), fits, "characters"));
        return text.substring(0, fits);
    }

    static float[] items(String field, float[] items, Duration period, double intervalSeconds, LeftOutValues leftOut) {
        int fits = FieldRanges.itemsFitting(period, intervalSeconds);
        if (items.length <= fits) {
            return items;
        }
        leftOut.add(cut(field, items.length, fits, "items"));
        return Arrays.copyOf(items, fits);
    }

    static SampleSeries series(String field, SampleSeries s, Duration period, LeftOutValues leftOut) {
        if (s == null || s.size() <= FieldRanges.itemsFitting(period, s.intervalSeconds())) {
            return s;
        }
        return new SampleSeries(s.start(), s.intervalSeconds(), items(field, s.toArray(), period, s.intervalSeconds(),
                leftOut));
    }

    private static String cut(String field, int length, int fits, String unit) {
        return field + " has " + length + " " + unit + ", more than its period can hold (" + fits + "): the last "
                + (length - fits) + " left out";
    }
}
