package org.ouraviewer.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A night as an exported picture: the series, the numbers and the time window shown, written as PNG (at a
 * scale, for sharp pictures on dense screens and in print) or as SVG. Headless.
 */
public record NightPicture(NightSeries series, NightNumbers numbers, double viewStart, double viewEnd,
                           NightPalette palette) {

    /** The whole of the series, light colours. */
    public static NightPicture of(NightSeries series, NightNumbers numbers) {
        return new NightPicture(series, numbers, series.start(), series.end(), NightPalette.LIGHT);
    }

    /** The layout of a picture {@code width × height} logical pixels. */
    public NightLayout layout(double width, double height) {
        return new NightLayout(series, numbers, NightLayout.Options.export(width, height), viewStart, viewEnd);
    }

    /** A PNG of {@code width·scale × height·scale} pixels. */
    public void writePng(OutputStream out, int width, int height, double scale) throws IOException {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            NightRenderer.paint(layout(width, height), palette, new Java2DPainter(g));
        } finally {
            g.dispose();
        }
        writePng(image, out);
    }

    /** PNG with fast deflate and no temporary cache file: a few per cent larger, several times quicker. */
    private static void writePng(BufferedImage image, OutputStream out) throws IOException {
        ImageIO.setUseCache(false);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    public void writeSvg(OutputStream out, int width, int height) throws IOException {
        SvgPainter svg = new SvgPainter(width, height);
        NightRenderer.paint(layout(width, height), palette, svg);
        out.write(svg.toSvg().getBytes(StandardCharsets.UTF_8));
    }
}
