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

    /**
     * A block of pixels: {@code argb} holds {@code pixelWidth × pixelHeight} colours ({@code 0xAARRGGBB}, row by
     * row; alpha 0 is nothing) filling the rectangle at ({@code x}, {@code y}), each pixel a sharp block. For
     * pictures of tens of thousands of marks (six years of nights) that a screen draws faster as one image. This
     * default draws each run of one colour along a pixel row as a rectangle, so vector targets keep shapes;
     * raster targets draw it as an image.
     */
    default void pixels(int[] argb, int pixelWidth, int pixelHeight, double x, double y, double width,
                        double height) {
        double w = width / pixelWidth;
        double h = height / pixelHeight;
        int current = 0;
        for (int row = 0; row < pixelHeight; row++) {
            int offset = row * pixelWidth;
            for (int c = 0; c < pixelWidth; ) {
                int colour = argb[offset + c];
                int end = c + 1;
                while (end < pixelWidth && argb[offset + end] == colour) {
                    end++;
                }
                if ((colour >>> 24) != 0) {
                    if (colour != current) {
                        color(new Rgb((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff,
                                (colour >>> 24) / 255.0));
                        current = colour;
                    }
                    fillRect(x + c * w, y + row * h, (end - c) * w, h);
                }
                c = end;
            }
        }
    }

    /** Marks the start of a named part (a lane, the axis); SVG keeps it as a group, others ignore it. */
    default void begin(String name) {
    }

    default void end() {
    }
}
