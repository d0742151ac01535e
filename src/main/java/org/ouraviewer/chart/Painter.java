package org.ouraviewer.chart;

/**
 * The few drawing operations the night chart needs. Coordinates are logical pixels from the top left; a
 * painter scales them to its target. One implementation per target (screen, PNG, SVG), so what is
 * exported is what is seen.
 */
public interface Painter {
    /** Where a text's x coordinate sits on its baseline. */
    enum Anchor { START, MIDDLE, END }

    /** The colour of everything drawn next. */
    void color(Rgb color);

    void fillRect(double x, double y, double width, double height);

    void line(double x1, double y1, double x2, double y2, double width);

    /** An open line through the first {@code count} points. */
    void polyline(double[] xs, double[] ys, int count, double width);

    /** Text with its baseline at {@code y}; {@code size} in pixels. */
    void text(String text, double x, double y, double size, boolean bold, Anchor anchor);

    /** Restricts drawing to a rectangle until {@link #unclip()}; clips do not nest. */
    void clip(double x, double y, double width, double height);

    void unclip();

    /** Marks the start of a named part (a lane, the axis); SVG keeps it as a group, others ignore it. */
    default void begin(String name) {
    }

    default void end() {
    }
}
