package org.ouraviewer.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.ouraviewer.metrics.Baseline;
import org.ouraviewer.metrics.Trend;

/**
 * What a trend chart shows, before any geometry: one or two metrics (each a {@link Trend} covering at least
 * the range, and its {@link Baseline}), the days shown, whether week or month means are drawn as steps, and
 * the days of a chosen tag to mark. Immutable; the Trends tab and {@code export-trends} both make one.
 *
 * @param marked     the days to mark (a tag's days shifted by the lag, as the tag effects count them); empty for none
 * @param markedName what the marks are ("Alcohol, the night after"), for the legend; null without marks
 */
public record TrendChart(List<Line> lines, DayRange range, Periods periods, NavigableSet<LocalDate> marked,
                         String markedName) {
    /** Which period means are drawn as steps. */
    public enum Periods {
        NONE("No period means"), WEEKS("Week means"), MONTHS("Month means");

        private final String label;

        Periods(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One metric: its trend (values, rolling mean, period means) and its usual range. */
    public record Line(Trend trend, Baseline baseline) {
    }

    public TrendChart {
        if (lines.isEmpty() || lines.size() > 2) {
            throw new IllegalArgumentException("a trend chart shows one or two metrics, not " + lines.size());
        }
        lines = List.copyOf(lines);
        marked = marked == null ? new TreeSet<>() : marked;
    }

    /** One metric over {@code range}, no period means, nothing marked. */
    public static TrendChart of(Line line, DayRange range) {
        return new TrendChart(List.of(line), range, Periods.NONE, new TreeSet<>(), null);
    }
}
