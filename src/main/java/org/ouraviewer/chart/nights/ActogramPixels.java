package org.ouraviewer.chart.nights;

import org.ouraviewer.chart.Rgb;

/**
 * The actogram's bars as one image of the plot at device resolution, for the screen: a canvas draws one image
 * in a fraction of the time of the ~25,000 rectangles of six years (the software pipeline renders each
 * rectangle apart). Each device pixel holds the state of the bar over it, the later state where bars overlap,
 * as the rectangles are painted; edges fall on whole device pixels. Colours come per palette, made anew on each
 * call and not kept: a byte a pixel lives with the layout, the four of the colours only while painting.
 * Exports keep the rectangles (SVG stays vector, and a PNG of any size needs no image of its size).
 */
public final class ActogramPixels {
    private final byte[] states;
    private final int width;
    private final int height;

    private ActogramPixels(byte[] states, int width, int height) {
        this.states = states;
        this.width = width;
        this.height = height;
    }

    /** The bars of {@code bars} (by state) over the plot from ({@code left}, {@code top}) at {@code scale}. */
    static ActogramPixels of(RectList[] bars, double left, double top, double right, double bottom, double scale) {
        int w = Math.max(1, (int) Math.round((right - left) * scale));
        int h = Math.max(1, (int) Math.round((bottom - top) * scale));
        byte[] states = new byte[w * h];
        for (int state = 1; state < bars.length; state++) {
            RectList r = bars[state];
            for (int i = 0; i < r.count(); i++) {
                int x0 = clamp((int) Math.round((r.x(i) - left) * scale), w);
                int x1 = clamp((int) Math.round((r.x(i) + r.width(i) - left) * scale), w);
                int y0 = clamp((int) Math.round((r.y(i) - top) * scale), h);
                int y1 = clamp((int) Math.round((r.y(i) + r.height(i) - top) * scale), h);
                // a bar narrower than a pixel still shows as one
                x1 = Math.max(x1, Math.min(w, x0 + (r.width(i) > 0 ? 1 : 0)));
                y1 = Math.max(y1, Math.min(h, y0 + (r.height(i) > 0 ? 1 : 0)));
                for (int y = y0; y < y1; y++) {
                    java.util.Arrays.fill(states, y * w + x0, y * w + x1, (byte) state);
                }
            }
        }
        return new ActogramPixels(states, w, h);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The state at a device pixel of the plot ({@link ActogramRows}: 0 nothing, 1–4 phases, plain, rest). */
    public int state(int x, int y) {
        return states[y * width + x];
    }

    /** The pixels in {@code p}'s colours ({@code 0xAARRGGBB}; nothing is transparent). */
    public int[] argb(NightsPalette p) {
        int[] colours = new int[ActogramRows.STATES];
        for (int s = 1; s < colours.length; s++) {
            Rgb c = p.state(s);
            colours[s] = ((int) Math.round(c.opacity() * 255) << 24) | (c.red() << 16) | (c.green() << 8)
                    | c.blue();
        }
        int[] out = new int[states.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = colours[states[i]];
        }
        return out;
    }
}
