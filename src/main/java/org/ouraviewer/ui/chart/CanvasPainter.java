package org.ouraviewer.ui.chart;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.Rgb;

/** Paints on a JavaFX canvas: the screen's implementation of every chart's painter (night, trends, tag effects). FX thread only. */
public final class CanvasPainter implements Painter {
    private final GraphicsContext g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final String family = Font.getDefault().getFamily();

    public CanvasPainter(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void color(Rgb c) {
        Color color = Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
        g.setFill(color);
        g.setStroke(color);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width) {
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, double width) {
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Anchor anchor) {
        g.setFont(fonts.computeIfAbsent(Double.doubleToLongBits(size) * 2 + (bold ? 1 : 0),
                k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size)));
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public void pixels(int[] argb, int pixelWidth, int pixelHeight, double x, double y, double width,
                       double height) {
        // made anew each time, not kept: a chart repaints its picture only for new content, new colours or after
        // its tab was hidden, and an image kept for its array would hold two more copies of the pixels (the
        // image's and its texture's) for as long as the layout lives, hidden tab or not
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(pixelWidth, pixelHeight);
        image.getPixelWriter().setPixels(0, 0, pixelWidth, pixelHeight,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, pixelWidth);
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, width, height);
        g.setImageSmoothing(true);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        // out to whole pixels: a canvas clips to a rectangle of whole pixels by itself, but to any other shape
        // through two more bitmaps of its full size (and keeps one of them)
        double left = Math.floor(x);
        double top = Math.floor(y);
        g.save();
        g.beginPath();
        g.rect(left, top, Math.ceil(x + width) - left, Math.ceil(y + height) - top);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }
}
