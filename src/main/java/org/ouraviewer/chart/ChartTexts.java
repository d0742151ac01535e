package org.ouraviewer.chart;

import java.util.List;

/** Paints a chart's laid-out texts (headers, tick labels, legends), each muted or not as its layout said. */
public final class ChartTexts {
    private ChartTexts() {
    }

    /** Paints {@code texts}, in an SVG group named {@code group} unless that is null; nothing when there are none. */
    public static void paint(List<NightLayout.Text> texts, NeutralColours colours, Painter p, String group) {
        if (texts.isEmpty()) {
            return;
        }
        if (group != null) {
            p.begin(group);
        }
        for (NightLayout.Text t : texts) {
            p.color(t.muted() ? colours.mutedText() : colours.text());
            p.text(t.text(), t.x(), t.y(), t.size(), t.bold(), t.anchor());
        }
        if (group != null) {
            p.end();
        }
    }
}
