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
}
