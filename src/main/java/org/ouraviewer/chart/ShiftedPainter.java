package org.ouraviewer.chart;

/** A painter that draws through another one moved by {@code (dx, dy)}: a part laid out at the origin placed in a larger picture. */
public final class ShiftedPainter implements Painter {
    private final Painter target;
    private final double dx;
    private final double dy;

    public ShiftedPainter(Painter target, double dx, double dy) {
        this.target = target;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void color(Rgb color) {
        target.color(color);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        target.fillRect(x + dx, y + dy, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width) {
        target.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, double width) {
        double[] sx = new double[count];
        double[] sy = new double[count];
        for (int i = 0; i < count; i++) {
            sx[i] = xs[i] + dx;
            sy[i] = ys[i] + dy;
        }
        target.polyline(sx, sy, count, width);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Anchor anchor) {
        target.text(text, x + dx, y + dy, size, bold, anchor);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        target.clip(x + dx, y + dy, width, height);
    }

    @Override
    public void unclip() {
        target.unclip();
    }

    @Override
    public void begin(String name) {
        target.begin(name);
    }

    @Override
    public void end() {
        target.end();
    }
}
