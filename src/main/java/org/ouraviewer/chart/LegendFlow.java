package org.ouraviewer.chart;

/**
 * Where a legend's entries go: left to right in lines, an entry starting the next line when it would pass the
 * right edge (unless it is the line's first). Text widths are estimated (0.56 em a character), as layouts run
 * headless without font metrics; entries get room to spare.
 */
public final class LegendFlow {
    private final double left;
    private final double right;
    private final double lineHeight;
    private double x;
    private double y;

    /** A flow from ({@code left}, {@code y}) within {@code right}, its lines {@code lineHeight} apart. */
    public LegendFlow(double left, double right, double y, double lineHeight) {
        this.left = left;
        this.right = right;
        this.lineHeight = lineHeight;
        this.x = left;
        this.y = y;
    }

    /** The x of an entry {@code width} wide (its line is {@link #y()} after this); the next one {@code after} it. */
    public double place(double width, double after) {
        if (x > left && x + width > right) {
            x = left;
            y += lineHeight;
        }
        double at = x;
        x += width + after;
        return at;
    }

    /** The y of the line the last entry went on. */
    public double y() {
        return y;
    }

    /** The estimated width of {@code text} at {@code size}. */
    public static double textWidth(String text, double size) {
        return text.length() * size * 0.56;
    }
}
