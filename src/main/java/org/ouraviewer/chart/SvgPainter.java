package org.ouraviewer.chart;

/**
 * Writes SVG text: rectangles, lines, polylines and text with the painter's colours, parts as named
 * groups ({@code <g id="lane-heart-rate">}), clips as {@code clipPath}s. Finish with {@link #toSvg()}.
 */
public final class SvgPainter implements Painter {
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final double width;
    private final double height;
    private final String title;
    private String fill = "#000000";
    private String opacity = "";
    private int clips;
    private boolean clipped;

    public SvgPainter(double width, double height) {
        this(width, height, "");
    }

    /**
     * @param title what the picture shows in words ({@link Picture#description()}), which screen readers read:
     *              the document's {@code <title>}; empty for none
     */
    public SvgPainter(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    @Override
    public void color(Rgb c) {
        fill = c.hex();
        opacity = c.opacity() < 1 ? n(c.opacity()) : "";
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
        opacity("fill-opacity");
        body.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double w) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(fill).append("\" stroke-width=\"")
                .append(n(w)).append('"');
        opacity("stroke-opacity");
        body.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, double w) {
        if (count < 2) {
            return;
        }
        body.append("<polyline fill=\"none\" stroke=\"").append(fill).append("\" stroke-width=\"").append(n(w))
                .append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        opacity("stroke-opacity");
        body.append(" points=\"");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append("\"/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Anchor anchor) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(size)).append("\" fill=\"").append(fill).append('"');
        opacity("fill-opacity");
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        body.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        String id = "clip" + (++clips);
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n")
                .append("<g clip-path=\"url(#").append(id).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            body.append("</g>\n");
            clipped = false;
        }
    }

    @Override
    public void begin(String name) {
        body.append("<g id=\"").append(escape(name)).append("\">\n");
    }

    @Override
    public void end() {
        body.append("</g>\n");
    }

    /** The whole document. */
    public String toSvg() {
        unclip();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\""
                + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\""
                + " font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"" + (title.isEmpty() ? ">\n"
                : " role=\"img\">\n<title>" + escape(title) + "</title>\n") + body + "</svg>\n";
    }

    private void opacity(String attribute) {
        if (!opacity.isEmpty()) {
            body.append(' ').append(attribute).append("=\"").append(opacity).append('"');
        }
    }

    /** A coordinate with at most two decimals; thousands of them, so plain arithmetic rather than a formatter. */
    static String n(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        long abs = Math.abs(hundredths);
        long cents = abs % 100;
        return (hundredths < 0 ? "-" : "") + abs / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
