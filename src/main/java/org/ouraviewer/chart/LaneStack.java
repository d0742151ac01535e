package org.ouraviewer.chart;

/**
 * Lanes stacked down a chart, each under its title, the same way on the night and the median night: a lane
 * of a fixed height keeps it, the others share what height is left by their weights, none lower than
 * {@code minHeight}.
 *
 * @param titleHeight the room above each lane for its title
 * @param gap         between one lane's bottom and the next one's title
 */
public record LaneStack(double titleHeight, double gap, double minHeight) {

    /**
     * The top and bottom ({@code [i][0]}, {@code [i][1]}) of each lane, placed from {@code top} to share the
     * height down to {@code bottom}. Lane {@code i} is {@code fixed[i]} high when that is above 0, else its
     * {@code weights[i]} of the height left, which is at least {@code minShared} (a chart too small
     * overflows rather than squeezing every lane to its minimum).
     */
    public double[][] place(double top, double bottom, double[] weights, double[] fixed, double minShared) {
        int n = weights.length;
        double fixedHeight = 0;
        for (double h : fixed) {
            fixedHeight += h;
        }
        double shared = Math.max(minShared, bottom - top - titleHeight * n - gap * (n - 1) - fixedHeight);
        double[][] spans = new double[n][2];
        double y = top;
        for (int i = 0; i < n; i++) {
            y += titleHeight;
            spans[i][0] = y;
            y += fixed[i] > 0 ? fixed[i] : Math.max(minHeight, shared * weights[i]);
            spans[i][1] = y;
            y += gap;
        }
        return spans;
    }
}
