package org.ouraviewer.chart;

import java.util.List;

/**
 * A text as a layout places it (a header, a tick label, a legend's words): its baseline at ({@code x},
 * {@code y}), {@code size} in pixels, muted for secondary words. Every chart's layout makes them; its renderer
 * paints them with {@link #paint}.
 */
public record Text(String text, double x, double y, double size, boolean bold, boolean muted, Painter.Anchor anchor) {

    /** Paints {@code texts}, in an SVG group named {@code group} unless that is null; nothing when there are none. */
    public static void paint(List<Text> texts, NeutralColours colours, Painter p, String group) {
        if (texts.isEmpty()) {
            return;
        }
        if (group != null) {
            p.begin(group);
        }
        for (Text t : texts) {
            p.color(t.muted() ? colours.mutedText() : colours.text());
            p.text(t.text(), t.x(), t.y(), t.size(), t.bold(), t.anchor());
        }
        if (group != null) {
            p.end();
        }
    }
}
