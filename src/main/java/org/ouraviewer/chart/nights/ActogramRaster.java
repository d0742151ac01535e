package org.ouraviewer.chart.nights;

/**
 * The actogram when there are more days than device pixel rows: each pixel row holds consecutive days, and
 * each device pixel column of it shows what most of them were doing there: asleep when at least half of the
 * days were (or rest, or sleep without phases), then in the state most of those were in; of states as
 * common, the middle day's (so that ties favour no phase). Nothing is drawn where fewer than half were asleep. So the
 * picture keeps the usual bedtime, wake time and deep-sleep band of each stretch of days; a single
 * unusual night in a pixel row of three does not show there (the hover names each day).
 */
final class ActogramRaster {
    private ActogramRaster() {
    }

    /** The first day of pixel row {@code line} of {@code lines}, over {@code rows} days. */
    static int firstRow(int line, int lines, int rows) {
        return (int) ((long) line * rows / lines);
    }

    /**
     * Fills {@code bars} with one rectangle per run of a state in each of {@code lines} pixel rows of
     * {@code cols} pixel columns, placed from ({@code left}, {@code top}) in logical pixels.
     */
    static void paint(ActogramRows rows, int lines, int cols, double left, double top, double scale, RectList[] bars) {
        int states = ActogramRows.STATES;
        byte[] day = new byte[cols];
        byte[] middle = new byte[cols];
        int[] counts = new int[states * cols];
        double columnsPerSecond = cols / (double) ActogramRows.WINDOW_SECONDS;
        double pixel = 1 / scale;
        for (int line = 0; line < lines; line++) {
            int from = firstRow(line, lines, rows.rows());
            int to = firstRow(line + 1, lines, rows.rows());
            int k = to - from;
            // the columns any day of the line touches; counts stay zero elsewhere (cleared after each line)
            int lineFrom = cols;
            int lineTo = 0;
            for (int r = from; r < to; r++) {
                // only the columns the day's runs touch: a night covers less than half of the 20 hours
                int touchedFrom = cols;
                int touchedTo = 0;
                for (int i = rows.firstRun(r); i < rows.endRun(r); i++) {
                    int c0 = (int) Math.round(rows.runStart(i) * columnsPerSecond);
                    int c1 = Math.min(cols, (int) Math.round(rows.runEnd(i) * columnsPerSecond));
                    if (c1 > c0) {
                        java.util.Arrays.fill(day, c0, c1, (byte) rows.runState(i));
                        touchedFrom = Math.min(touchedFrom, c0);
                        touchedTo = Math.max(touchedTo, c1);
                    }
                }
                for (int c = touchedFrom; c < touchedTo; c++) {
                    counts[day[c] * cols + c]++;
                }
                lineFrom = Math.min(lineFrom, touchedFrom);
                lineTo = Math.max(lineTo, touchedTo);
                if (r == from + k / 2) {
                    System.arraycopy(day, 0, middle, 0, cols);
                }
                if (touchedTo > touchedFrom) {
                    java.util.Arrays.fill(day, touchedFrom, touchedTo, (byte) 0);
                }
            }
            int runState = ActogramRows.NONE;
            int runFrom = lineFrom;
            double y = top + line * pixel;
            for (int c = lineFrom; c <= lineTo; c++) {
                int state = c == lineTo ? -1 : majority(counts, c, cols, k, middle[c]);
                if (state != runState) {
                    if (runState != ActogramRows.NONE && c > runFrom) {
                        bars[runState].add(left + runFrom * pixel, y, (c - runFrom) * pixel, pixel);
                    }
                    runState = state;
                    runFrom = c;
                }
            }
            for (int st = 0; st < states && lineTo > lineFrom; st++) {
                java.util.Arrays.fill(counts, st * cols + lineFrom, st * cols + lineTo, 0);
            }
        }
    }

    private static int majority(int[] counts, int c, int cols, int days, int middleState) {
        int asleep = 0;
        for (int s = 1; s < ActogramRows.STATES; s++) {
            asleep += counts[s * cols + c];
        }
        if (asleep == 0 || asleep * 2 < days) {
            return ActogramRows.NONE;
        }
        int best = ActogramRows.NONE;
        int bestCount = 0;
        for (int s = 1; s < ActogramRows.STATES; s++) {
            int n = counts[s * cols + c];
            if (n > bestCount || (n == bestCount && s == middleState)) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }
}
