package org.ouraviewer.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

/**
 * A chart that paints itself through a {@link Painter} at any size: the one drawing behind the screen, PNG
 * and SVG. The night ({@link NightPicture}) and the trends ({@link TrendPicture}) are pictures; the writers
 * here serve them all, so every chart exports the same way. Headless.
 */
public interface Picture {
    /**
     * The most pixels a PNG may have (6000 × 4000): the picture is drawn whole in memory, 4 bytes a pixel,
     * so this keeps an export within a 256 MB heap.
     */
    long MAX_PNG_PIXELS = 24_000_000L;

    /** Paints the whole picture, background included, on {@code width × height} logical pixels. */
    void paint(Painter painter, double width, double height);

    /**
     * What the picture shows in one sentence, for those who cannot see it ({@link ChartSentence}): the SVG's
     * {@code <title>}. Empty for a picture that has none yet, whose SVG then goes without.
     */
    default String description() {
        return "";
    }

    /**
     * A PNG of {@code width·scale × height·scale} pixels (scale 2 or 3 for sharp pictures on dense screens and
     * in print), at most {@link #MAX_PNG_PIXELS}.
     */
    default void writePng(OutputStream out, int width, int height, double scale) throws IOException {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        if ((long) w * h > MAX_PNG_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + w + " × " + h + " pixels is larger than "
                    + MAX_PNG_PIXELS + " pixels");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(new Java2DPainter(g), width, height);
        } finally {
            g.dispose();
        }
        PngEncoder.write(image, out);
    }

    /** An SVG document of {@code width × height}. */
    default void writeSvg(OutputStream out, int width, int height) throws IOException {
        SvgPainter svg = new SvgPainter(width, height, description());
        paint(svg, width, height);
        out.write(svg.toSvg().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts Java2D (graphics environment, fonts, rasteriser) on {@code background}. A fresh process spends
     * about half a second there; a headless export calls this before loading files so both run at once.
     */
    static void warmUp(Executor background) {
        background.execute(() -> {
            BufferedImage image = new BufferedImage(64, 16, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                Java2DPainter p = new Java2DPainter(g);
                p.color(NightPalette.LIGHT.text());
                p.polyline(new double[] {0, 10, 20}, new double[] {0, 5, 0}, 3, 1.5);
                p.text("0:00", 0, 12, 12, false, Painter.Anchor.START);
                p.text("0:00", 0, 12, 12, true, Painter.Anchor.END);
            } finally {
                g.dispose();
            }
        });
    }
}
