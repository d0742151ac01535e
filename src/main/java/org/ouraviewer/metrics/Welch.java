package org.ouraviewer.metrics;

/**
 * Welch's interval for the difference of two means with unequal variances: difference ± t(1 − α/2, ν) ×
 * √(s₁²/n₁ + s₂²/n₂), with sample standard deviations (n − 1) and the Welch–Satterthwaite degrees of
 * freedom ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).
 */
public final class Welch {
    /** An interval, its half-width and the degrees of freedom it used (NaN when both samples are constant). */
    public record Interval(double low, double high, double halfWidth, double degreesOfFreedom) {
    }

    /** The count, mean and sample variance (n − 1) of some values, computed in two passes for accuracy. */
    public record Sample(int n, double mean, double variance) {
        public static Sample of(double[] values, int count) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += values[i];
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double squares = 0;
            for (int i = 0; i < count; i++) {
                double d = values[i] - mean;
                squares += d * d;
            }
            return new Sample(count, mean, count < 2 ? Double.NaN : squares / (count - 1));
        }
    }

    private Welch() {
    }

    /**
     * The {@code confidence} (0.95) interval of mean(a) − mean(b); null when either sample has fewer than two
     * values. When both samples are constant the interval shrinks to the difference itself.
     */
    public static Interval interval(Sample a, Sample b, double confidence) {
        if (a.n() < 2 || b.n() < 2) {
            return null;
        }
        double difference = a.mean() - b.mean();
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Interval(difference, difference, 0, Double.NaN);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        double half = StudentT.quantile(1 - (1 - confidence) / 2, df) * se;
        return new Interval(difference - half, difference + half, half, df);
    }
}
