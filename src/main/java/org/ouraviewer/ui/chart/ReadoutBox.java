package org.ouraviewer.ui.chart;

import java.util.List;
import org.ouraviewer.chart.NeutralColours;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;

/**
 * The words at the crosshair, painted in a box near the plot's top: right of the crosshair, or left of it
 * where the box would leave the plot; the first line bold, the others muted. Text widths are estimated, as
 * the layouts estimate them, at {@code glyphWidth} em a character.
 */
public final class ReadoutBox {
    private ReadoutBox() {
    }

    public static void paint(Painter p, NeutralColours colours, List<String> lines, double x, PlotArea plot,
                             double size, double glyphWidth) {
        double boxWidth = lines.stream().mapToInt(String::length).max().orElse(10) * size * glyphWidth + size;
        double boxHeight = lines.size() * size * 1.4 + size * 0.6;
        double bx = x + 12 + boxWidth > plot.right() ? x - 12 - boxWidth : x + 12;
        double by = plot.top() + 4;
        p.color(colours.readoutBackground());
        p.fillRect(bx, by, boxWidth, boxHeight);
        p.color(colours.grid());
        p.polyline(new double[] {bx, bx + boxWidth, bx + boxWidth, bx, bx},
                new double[] {by, by, by + boxHeight, by + boxHeight, by}, 5, 1);
        for (int i = 0; i < lines.size(); i++) {
            p.color(i == 0 ? colours.text() : colours.mutedText());
            p.text(lines.get(i), bx + size * 0.5, by + size * (1.3 + 1.4 * i), size, i == 0, Painter.Anchor.START);
        }
    }
}
