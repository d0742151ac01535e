package org.ouraviewer.metrics;

/**
 * Per 5-minute bin since onset, the share of nights in each sleep phase, among the nights whose
 * {@code sleep_phase_5_min} has a character for that bin (character {@code i} covers bedtime_start +
 * {@code i} × 300 s; 1 deep, 2 light, 3 REM, 4 awake). NaN where no night has a character there.
 */
public final class PhaseShares {
    /** The phases in the order of their characters '1' to '4'. */
    public enum Phase { DEEP, LIGHT, REM, AWAKE }

    private final int[][] counts;
    private final int[] nights;

    PhaseShares(int[][] counts, int[] nights) {
        this.counts = counts;
        this.nights = nights;
    }

    public int bins() {
        return nights.length;
    }

    /** The share of nights in {@code phase} in {@code bin}, NaN where no night has a character there. */
    public double share(Phase phase, int bin) {
        return nights[bin] == 0 ? Double.NaN : counts[phase.ordinal()][bin] / (double) nights[bin];
    }

    /** How many nights have a character for {@code bin}. */
    public int nights(int bin) {
        return nights[bin];
    }
}
