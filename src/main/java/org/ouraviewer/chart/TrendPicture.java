package org.ouraviewer.chart;

/** A trend chart as a {@link Picture}, with its title and range above it as exports show them. Headless. */
public record TrendPicture(TrendChart chart, ChartPalette palette) implements Picture {
    @Override
    public void paint(Painter painter, double width, double height) {
        TrendRenderer.paint(new TrendLayout(chart, TrendLayout.Options.export(width, height)), palette, painter);
    }
}
