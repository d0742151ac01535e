package org.ouraviewer.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/** Paints on a Java2D {@link Graphics2D}, for PNG pictures; works headless. */
public final class Java2DPainter implements Painter {
    private final Graphics2D g;
    private final Shape initialClip;
    private final Map<Long, Font> fonts = new HashMap<>();

    public Java2DPainter(Graphics2D g) {
        this.g = g;
        this.initialClip = g.getClip();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    @Override
    public void color(Rgb c) {
        g.setColor(new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.opacity() * 255)));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width) {
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, double width) {
        if (count < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, count);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Anchor anchor) {
        Font font = fonts.computeIfAbsent(Double.doubleToLongBits(size) * 2 + (bold ? 1 : 0),
                k -> new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size));
        g.setFont(font);
        double dx = 0;
        if (anchor != Anchor.START) {
            FontMetrics m = g.getFontMetrics();
            double w = m.getStringBounds(text, g).getWidth();
            dx = anchor == Anchor.MIDDLE ? -w / 2 : -w;
        }
        g.drawString(text, (float) (x + dx), (float) y);
    }

    @Override
    public void pixels(int[] argb, int pixelWidth, int pixelHeight, double x, double y, double width,
                       double height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(pixelWidth, pixelHeight,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixelWidth, pixelHeight, argb, 0, pixelWidth);
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        java.awt.geom.AffineTransform at = java.awt.geom.AffineTransform.getTranslateInstance(x, y);
        at.scale(width / pixelWidth, height / pixelHeight);
        g.drawImage(image, at, null);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation == null
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : interpolation);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void unclip() {
        g.setClip(initialClip);
    }
}
