package org.ouraviewer.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A night as an exported picture: the series, the numbers and the time window shown, written as PNG (at a
 * scale, for sharp pictures on dense screens and in print) or as SVG. Headless.
 */
public record NightPicture(NightSeries series, NightNumbers numbers, double viewStart, double viewEnd,
                           NightPalette palette) {
    /**
     * The most pixels a PNG may have (6000 × 4000): the picture is drawn whole in memory, 4 bytes a pixel,
     * so this keeps an export within a 256 MB heap.
     */
    public static final long MAX_PNG_PIXELS = 24_000_000L;

    /**
     * Starts Java2D (graphics environment, fonts, rasteriser) on a background thread. A fresh process spends
     * about half a second there; a headless export calls this before loading files so both run at once.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
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
        }, "java2d-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The whole of the series, light colours. */
    public static NightPicture of(NightSeries series, NightNumbers numbers) {
        return new NightPicture(series, numbers, series.start(), series.end(), NightPalette.LIGHT);
    }

    /** The layout of a picture {@code width × height} logical pixels. */
    public NightLayout layout(double width, double height) {
        return new NightLayout(series, numbers, NightLayout.Options.export(width, height), viewStart, viewEnd);
    }

    /** A PNG of {@code width·scale × height·scale} pixels, at most {@link #MAX_PNG_PIXELS}. */
    public void writePng(OutputStream out, int width, int height, double scale) throws IOException {
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
            NightRenderer.paint(layout(width, height), palette, new Java2DPainter(g));
        } finally {
            g.dispose();
        }
        PngEncoder.write(image, out);
    }

    public void writeSvg(OutputStream out, int width, int height) throws IOException {
        SvgPainter svg = new SvgPainter(width, height);
        NightRenderer.paint(layout(width, height), palette, svg);
        out.write(svg.toSvg().getBytes(StandardCharsets.UTF_8));
    }
}
