package org.ouraviewer.chart;

import java.util.List;

/**
 * A lane of a chart of lanes (the night, the median night), stacked with the others by {@link LaneStack}: its
 * part of the height, its title above it, its value labels, and what it says when it has nothing to draw
 * ({@code emptyMessage}; null when it has something).
 */
public record Lane(String id, String title, double top, double bottom, List<Text> ticks, String emptyMessage) {
    public double height() {
        return bottom - top;
    }

    /** Paints the title above the lane, from {@code left}, and the value labels beside it. */
    public void paintLabels(Painter p, NeutralColours colours, double left, double fontSize) {
        p.color(colours.text());
        p.text(title, left, top - fontSize * 0.45, fontSize, true, Painter.Anchor.START);
        Text.paint(ticks, colours, p, null);
    }

    /** Restricts drawing to the lane from {@code left} to {@code right}, a pixel to spare above and below. */
    public void clip(Painter p, double left, double right) {
        p.clip(left, top - 1, right - left, height() + 2);
    }
}
