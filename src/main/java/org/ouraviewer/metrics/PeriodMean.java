package org.ouraviewer.metrics;

import java.time.LocalDate;

/**
 * The mean of a metric over the days of one ISO week or month that have a value.
 *
 * @param period the week as {@code 2024-W01} (ISO week-based year) or the month as {@code 2024-01}
 * @param first  the period's first day within the range asked for
 * @param last   the period's last day within the range asked for
 * @param count  how many of those days have a value (at least one: periods without values are left out)
 */
public record PeriodMean(String period, LocalDate first, LocalDate last, double mean, int count) {
}
