package org.ouraviewer.metrics.day;

import java.time.OffsetDateTime;
import org.ouraviewer.model.SampleSeries;

/**
 * The day's MET series and its numbers: {@code n} non-gap items, their mean and maximum (NaN when n is 0).
 * Values are the decimals the record wrote (1.4, not 1.39999998), so a mean adds no float noise.
 */
public record MetSummary(SampleSeries series, int n, double mean, double max) {

    public static MetSummary of(SampleSeries series) {
        int n = 0;
        double sum = 0;
        double max = Double.NaN;
        for (int i = 0; i < series.size(); i++) {
            if (!series.isGap(i)) {
                double v = series.value(i);
                n++;
                sum += v;
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        return new MetSummary(series, n, n == 0 ? Double.NaN : sum / n, max);
    }

    public OffsetDateTime start() {
        return series.start();
    }

    public double intervalSeconds() {
        return series.intervalSeconds();
    }
}
